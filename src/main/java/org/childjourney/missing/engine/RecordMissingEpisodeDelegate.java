package org.childjourney.missing.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.childjourney.calendar.Moments;
import org.childjourney.child.Child;
import org.childjourney.engine.Expressions;
import org.childjourney.engine.WorkRuleException;
import org.childjourney.missing.MissingEpisodes;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/** "Record the missing episode": checks the child and the times, and starts the 72-hour return home interview clock from the return. */
@Component("recordMissingEpisode")
public class RecordMissingEpisodeDelegate implements JavaDelegate {

    private final MissingEpisodes missingEpisodes;
    private final Clock clock;

    public RecordMissingEpisodeDelegate(MissingEpisodes missingEpisodes, Clock clock) {
        this.missingEpisodes = missingEpisodes;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant missingFrom = required(execution, "missingFrom");
        Instant returnedAt = required(execution, "returnedAt");
        Child child;
        try {
            child = missingEpisodes.record((String) execution.getVariable("childId"), missingFrom, returnedAt,
                    (String) execution.getVariable("missingCircumstances"), Expressions.actor(null), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new WorkRuleException(e.getMessage());
        }
        execution.setProcessBusinessKey(child.id());
        execution.setVariable("childId", child.id());
        execution.setVariable("childName", child.identity().displayName());
        execution.setVariable("returnedAt", Date.from(returnedAt));
    }

    private Instant required(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new WorkRuleException("The missing episode was not recorded: enter both when the child went missing and when they returned.");
        }
        return Moments.toInstant(value, clock);
    }
}
