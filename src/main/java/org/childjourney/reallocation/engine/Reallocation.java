package org.childjourney.reallocation.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.childjourney.allocation.Allocations;
import org.childjourney.child.Child;
import org.childjourney.child.ChildRegister;
import org.childjourney.engine.WorkRuleException;
import org.childjourney.workforce.Worker;
import org.childjourney.workforce.Workforce;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * A worker leaving: every child they hold is handed to another worker of the team through the same handover as any
 * move, so no case is left with someone who has gone. Used by bpmn/worker-leaving.bpmn as {@code ${reallocation...}}.
 */
@Component("reallocation")
public class Reallocation {

    private final Workforce workforce;
    private final Allocations allocations;
    private final ChildRegister children;

    public Reallocation(Workforce workforce, Allocations allocations, ChildRegister children) {
        this.workforce = workforce;
        this.allocations = allocations;
        this.children = children;
    }

    /** "Find the cases the worker holds": checks the worker, and sets their team and their children. */
    public void findCases(DelegateExecution execution) {
        String username = String.valueOf(execution.getVariable("leavingWorker")).trim();
        Worker worker = workforce.worker(username).filter(Worker::active).orElseThrow(() -> new WorkRuleException(
                "There is no current worker '" + username + "': check the username (for example cinn.sw)."));
        List<String> held = allocations.childrenHeldBy(username);
        execution.setVariable("leavingWorker", username);
        execution.setVariable("leavingWorkerName", worker.fullName());
        execution.setVariable("holdingTeam", worker.teamCode());
        execution.setVariable("leaverCases", String.join(",", held));
        execution.setVariable("leaverCaseCount", held.size());
    }

    public List<String> cases(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }

    public String childName(String childId) {
        return children.byId(childId).map(Child::identity).map(i -> i.displayName()).orElse(childId);
    }

    /** "Record that the worker has left": no new work can be allocated to them. */
    public void markLeft(DelegateExecution execution) {
        String username = (String) execution.getVariable("leavingWorker");
        workforce.worker(username).ifPresent(w -> workforce.save(new Worker(w.username(), w.fullName(), w.role(), w.teamCode(),
                w.registrationStatus(), w.sweRegistration(), w.capacity(), false)));
    }
}
