package org.childjourney.frontdoor.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.childjourney.engine.Expressions;
import org.childjourney.engine.ModelProperties;
import org.childjourney.frontdoor.Contacts;
import org.childjourney.frontdoor.FrontDoorOutcome;
import org.childjourney.handover.engine.NextStage;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Concludes the contact with the decision in {@code pathway}. On a hand-off (a message end event) the receiving team is the
 * end event's extension property {@code handOffTo}; the sending team is {@code holdingTeam}. Used as the message end events'
 * implementation and as the start listener of the other outcome end events.
 */
@Component("concludeContact")
public class ConcludeContactDelegate implements JavaDelegate, ExecutionListener {

    private final Contacts contacts;
    private final NextStage nextStage;
    private final Clock clock;

    public ConcludeContactDelegate(Contacts contacts, NextStage nextStage, Clock clock) {
        this.contacts = contacts;
        this.nextStage = nextStage;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        conclude(execution);
    }

    @Override
    public void notify(DelegateExecution execution) {
        conclude(execution);
    }

    private void conclude(DelegateExecution execution) {
        FrontDoorOutcome outcome = FrontDoorOutcome.fromCode((String) execution.getVariable("pathway"));
        String toTeam = ModelProperties.of(execution.getBpmnModelElementInstance()).get(ModelProperties.HAND_OFF_TO);
        String fromTeam = (String) execution.getVariable("holdingTeam");
        Optional<Long> episode = contacts.conclude(((Number) execution.getVariable("contactId")).longValue(), outcome, clock.instant(),
                fromTeam, toTeam, Expressions.actor(null), execution.getProcessInstanceId());
        if (episode.isPresent()) {
            Map<String, Object> next = new HashMap<>();
            next.put("childId", execution.getVariable("childId"));
            next.put("childName", execution.getVariable("childName"));
            next.put("contactId", execution.getVariable("contactId"));
            next.put("episodeId", episode.get());
            next.put("referralDate", execution.getVariable("contactReceivedAt"));
            next.put("assessmentPriority", Boolean.TRUE.equals(execution.getVariable("significantHarmSuspected")) ? "cp-concerns" : "standard");
            nextStage.start(execution, next, fromTeam, toTeam);
        }
    }
}
