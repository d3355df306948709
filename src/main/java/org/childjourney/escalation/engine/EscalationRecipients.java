package org.childjourney.escalation.engine;

import org.childjourney.escalation.EscalationSteps.Recipient;
import org.childjourney.workforce.Worker;
import org.childjourney.workforce.Workforce;
import org.springframework.stereotype.Component;

/**
 * Resolves "team manager" and "head of service" to a person, for the escalation tasks' assignee:
 * {@code ${escalationRecipients.assignee(firstEscalationTo, holdingTeam)}}. With no one in post the task stays unassigned,
 * offered to the team's managers group.
 */
@Component("escalationRecipients")
public class EscalationRecipients {

    private final Workforce workforce;

    public EscalationRecipients(Workforce workforce) {
        this.workforce = workforce;
    }

    public String assignee(String recipient, String team) {
        return switch (Recipient.fromWords(recipient)) {
            case TEAM_MANAGER -> team == null ? null : workforce.managerOf(team).orElse(null);
            case HEAD_OF_SERVICE -> workforce.headOfService().map(Worker::username).orElse(null);
        };
    }

    public String candidateGroup(String recipient, String team) {
        return Recipient.fromWords(recipient) == Recipient.HEAD_OF_SERVICE ? "heads-of-service" : team + "-managers";
    }
}
