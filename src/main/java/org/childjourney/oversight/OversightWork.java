package org.childjourney.oversight;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The open work the oversight board reads from the engine, by task queries on due dates and task keys, never by
 * reading every variable of every instance: only the variables of the tasks found (child, team, escalated work).
 */
public interface OversightWork {

    /**
     * An open user task. {@code team} is the team whose work it is (the process variable {@code holdingTeam});
     * {@code clock} the timescale named on the task in the model (extension property {@code timescale}), or null;
     * {@code clockVariant} the variant it was looked up with (such as the RAG rating), if the model names one;
     * {@code clockFrom} the variable the clock runs from (extension property {@code timescaleFrom}), such as referralDate.
     */
    record OpenTask(String taskId, String taskKey, String work, String stage, String processKey, String childId, String childName,
                    String team, String assignee, Instant created, Instant due, String clock, String clockVariant, String clockFrom) {
    }

    /** A review task of the overdue work escalation: the escalation was raised and nobody has dealt with it yet. */
    record OpenEscalation(String taskId, String childId, String childName, String team, String work, Instant workDue, String clock,
                          int level, String escalatedTo, String assignee, Instant raisedAt) {
    }

    /** Work (not escalation reviews) with a due date at or before {@code horizon}, overdue or not. */
    List<OpenTask> dueBy(Instant horizon);

    /** Every open "Allocate a named worker" task: a child handed to a team that has not yet named a worker. */
    List<OpenTask> waitingForAllocation();

    List<OpenEscalation> openEscalations();

    /** Work assigned to {@code username} now. */
    List<OpenTask> assignedTo(String username);

    /** The stages (model names) each of the children is in now, escalation watches left out; one query. */
    Map<String, List<String>> stagesOf(java.util.Collection<String> childIds);

    /** For each of the stage models {@code processKeys}, the children (business keys) with an active instance of it. */
    Map<String, Set<String>> childrenInStages(Set<String> processKeys);
}
