package org.childjourney.escalation.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.childjourney.calendar.Moments;
import org.childjourney.chronology.Chronology;
import org.childjourney.chronology.ChronologyEntry;
import org.childjourney.chronology.ChronologyEntry.EntryType;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;

/** Puts each escalation on the child's chronology when it is raised: what is overdue, since when, and who was told. */
@Component("escalationRaised")
public class EscalationRaisedListener implements TaskListener {


    private final Chronology chronology;
    private final Clock clock;

    public EscalationRaisedListener(Chronology chronology, Clock clock) {
        this.chronology = chronology;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String childId = (String) task.getVariable("childId");
        if (childId == null) {
            return;
        }
        String to = (String) task.getVariable("escalationTo");
        chronology.record(ChronologyEntry.of(childId, clock.instant(), EntryType.ESCALATION,
                        "Escalated to the " + to + (task.getAssignee() == null ? "" : " (" + task.getAssignee() + ")") + ": '"
                                + task.getVariable("workName") + "' overdue since " + Moments.dayAndTime(((Date) task.getVariable("workDueAt")).toInstant()),
                        null, "system")
                .from(task.getProcessInstanceId(), task.getTaskDefinitionKey()));
    }
}
