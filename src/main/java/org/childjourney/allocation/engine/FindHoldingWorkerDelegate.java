package org.childjourney.allocation.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.childjourney.allocation.Allocations;
import org.childjourney.allocation.Allocations.Status;
import org.childjourney.workforce.Worker;
import org.childjourney.workforce.Workforce;
import org.springframework.stereotype.Component;

/**
 * "Find the worker holding the case": a child stepped up within a team keeps their social worker; otherwise the stage
 * starts with a handover to a named worker. Sets {@code namedWorker} and, when there is one, {@code allocatedWorker}.
 */
@Component("findHoldingWorker")
public class FindHoldingWorkerDelegate implements JavaDelegate {

    private final Allocations allocations;
    private final Workforce workforce;

    public FindHoldingWorkerDelegate(Allocations allocations, Workforce workforce) {
        this.allocations = allocations;
        this.workforce = workforce;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String team = (String) execution.getVariable("holdingTeam");
        var holder = allocations.current((String) execution.getVariable("childId")).stream()
                .filter(a -> a.status() == Status.HOLDING && team.equals(a.teamCode()) && a.workerUsername() != null)
                .findFirst();
        execution.setVariable("namedWorker", holder.isPresent());
        holder.ifPresent(a -> {
            execution.setVariable("allocatedWorker", a.workerUsername());
            execution.setVariable("allocatedWorkerName", workforce.worker(a.workerUsername()).map(Worker::fullName).orElse(a.workerUsername()));
        });
    }
}
