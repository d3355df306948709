package org.childjourney.allocation.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.childjourney.allocation.Allocations;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** The receiving worker recorded the handover with themselves present: they now hold the case and the sender is released. */
@Component("completeHandover")
public class CompleteHandoverListener implements TaskListener {

    private final Allocations allocations;
    private final ManagerHolds managerHolds;
    private final Clock clock;

    public CompleteHandoverListener(Allocations allocations, ManagerHolds managerHolds, Clock clock) {
        this.allocations = allocations;
        this.managerHolds = managerHolds;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String childId = (String) task.getVariable("childId");
        allocations.completeHandover(childId, (String) task.getVariable("holdingTeam"), (String) task.getVariable("allocatedWorker"), clock.instant());
        if (!Boolean.TRUE.equals(task.getVariable("managerHeld"))) {
            managerHolds.release(task, childId);
        }
    }
}
