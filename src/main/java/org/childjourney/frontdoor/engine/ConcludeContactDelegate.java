package org.childjourney.frontdoor.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.childjourney.engine.Expressions;
import org.childjourney.engine.ModelProperties;
import org.childjourney.frontdoor.Contacts;
import org.childjourney.frontdoor.FrontDoorOutcome;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Concludes the contact with the decision in {@code pathway}. On a hand-off (a message end event) the receiving team is the
 * end event's extension property {@code handOffTo}; the sending team is {@code holdingTeam}. Used as the message end events'
 * implementation and as the start listener of the other outcome end events.
 */
@Component("concludeContact")
public class ConcludeContactDelegate implements JavaDelegate, ExecutionListener {

    private final Contacts contacts;
    private final Clock clock;

    public ConcludeContactDelegate(Contacts contacts, Clock clock) {
        this.contacts = contacts;
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
        contacts.conclude(((Number) execution.getVariable("contactId")).longValue(),
                FrontDoorOutcome.fromCode((String) execution.getVariable("pathway")), clock.instant(),
                (String) execution.getVariable("holdingTeam"), ModelProperties.of(execution.getBpmnModelElementInstance()).get(ModelProperties.HAND_OFF_TO),
                Expressions.actor(null), execution.getProcessInstanceId());
    }
}
