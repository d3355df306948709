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
    private final Clock clock;

    public CompleteHandoverListener(Allocations allocations, Clock clock) {
        this.allocations = allocations;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        allocations.completeHandover((String) task.getVariable("childId"), (String) task.getVariable("holdingTeam"),
                (String) task.getVariable("allocatedWorker"), clock.instant());
    }
}
