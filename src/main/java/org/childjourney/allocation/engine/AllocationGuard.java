package org.childjourney.allocation.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.childjourney.allocation.AllocationRules;
import org.childjourney.allocation.Allocations;
import org.childjourney.engine.WorkRuleException;
import org.childjourney.workforce.Worker;
import org.childjourney.workforce.Workforce;
import org.springframework.stereotype.Component;

/**
 * Applies the allocation rules whenever statutory work is assigned, whatever the client: a model's assignee expression,
 * Tasklist's claim or assign, or engine-rest. A refusal leaves the task as it was.
 */
@Component
public class AllocationGuard {

    private final Workforce workforce;
    private final Allocations allocations;

    public AllocationGuard(Workforce workforce, Allocations allocations) {
        this.workforce = workforce;
        this.allocations = allocations;
    }

    public void checkAssignment(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null) {
            return;
        }
        Worker worker = worker(assignee);
        String childId = (String) task.getVariable("childId");
        boolean overridden = assignee.equals(task.getVariable("allocatedWorker")) && notBlank(task.getVariable("capacityOverrideReason"));
        // Capacity limits taking on another child: the next step for a child the worker already holds is not a new case.
        boolean alreadyHolds = childId != null && allocations.current(childId).stream().anyMatch(a -> assignee.equals(a.workerUsername()));
        AllocationRules.refusal(worker, (String) task.getVariable("holdingTeam"), task.getName(), true,
                        allocations.caseloadOtherThan(assignee, childId), overridden || alreadyHolds)
                .ifPresent(message -> {
                    throw new WorkRuleException(message);
                });
    }

    public Worker worker(String username) {
        return workforce.worker(username).orElseThrow(() -> new WorkRuleException(
                "There is no worker '" + username + "' in the workforce: check the username (for example fr.sw)."));
    }

    static boolean notBlank(Object value) {
        return value != null && !value.toString().isBlank();
    }
}
