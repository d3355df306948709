package org.childjourney.allocation.engine;

import org.childjourney.engine.SystemCalls;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.childjourney.calendar.Timescales;
import org.childjourney.engine.WorkTaskListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * A case held by a manager is allowed only for a while (the 'manager-hold' timescale): the overdue work escalation
 * watches it like any deadline, and stops when a worker who is not a manager takes the case over.
 */
@Component
public class ManagerHolds {

    private static final String CLOCK = "manager-hold";

    private final Timescales timescales;
    private final Clock clock;

    public ManagerHolds(@Lazy Timescales timescales, Clock clock) {
        this.timescales = timescales;
        this.clock = clock;
    }

    void watch(DelegateTask task, String childId, String team, String managerName) {
        release(task, childId);
        SystemCalls.asSystem(() -> task.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(WorkTaskListener.ESCALATION_PROCESS, childId,
                Variables.createVariables()
                        .putValue("childId", childId)
                        .putValue("childName", task.getVariable("childName"))
                        .putValue("holdingTeam", team)
                        .putValue("workTaskId", watchId(childId))
                        .putValue("workName", "Case held by the manager " + managerName + " instead of a worker")
                        .putValue("workDueAt", timescales.due(CLOCK, clock.instant()))
                        .putValue("workProcessInstanceId", task.getProcessInstanceId())
                        .putValue("timescale", CLOCK)));
    }

    void release(DelegateTask task, String childId) {
        WorkTaskListener.endWatch(task.getProcessEngineServices(), childId, watchId(childId));
    }

    static String watchId(String childId) {
        return "manager-hold:" + childId;
    }
}
