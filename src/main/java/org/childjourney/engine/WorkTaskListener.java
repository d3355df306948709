package org.childjourney.engine;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.childjourney.allocation.engine.AllocationGuard;
import org.childjourney.calendar.Moments;
import org.childjourney.calendar.Timescales;
import org.childjourney.chronology.Chronology;
import org.childjourney.chronology.ChronologyEntry;
import org.childjourney.chronology.ChronologyEntry.EntryType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * Listens to every user task of every model (added by {@link ChildJourneyEnginePlugin}), so each stage gets the same rules
 * without a designer wiring them in:
 * <ul>
 *   <li>on create, a task with a {@code timescale} property gets its due date from the timescale table, and any task with a
 *       due date is watched by the overdue work escalation process;</li>
 *   <li>on complete, the task's {@code check} must hold, work past its due date must say why it is late (it is never
 *       refused for being late), the decision goes on the child's chronology, and the escalation watching it ends.</li>
 * </ul>
 */
@Component
public class WorkTaskListener implements TaskListener {

    public static final String ESCALATION_PROCESS = "overdue-work-escalation";
    public static final String WORK_DONE_MESSAGE = "work-done";
    public static final String LATE_REASON = "lateReason";
    /** Task-local: the id of the escalation process watching the task, so that completing the task ends exactly that one. */
    public static final String ESCALATION_WATCH = "escalationWatchId";

    private final Timescales timescales;
    private final Chronology chronology;
    private final Clock clock;
    private final AllocationGuard allocationGuard;

    public WorkTaskListener(@Lazy Timescales timescales, Chronology chronology, Clock clock, @Lazy AllocationGuard allocationGuard) {
        this.timescales = timescales;
        this.chronology = chronology;
        this.clock = clock;
        this.allocationGuard = allocationGuard;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> created(task);
            case EVENTNAME_COMPLETE -> completed(task);
            case EVENTNAME_ASSIGNMENT -> assigned(task);
            case EVENTNAME_DELETE -> endEscalation(task);
            default -> {
            }
        }
    }

    private void created(DelegateTask task) {
        letTheHoldingTeamsManagersSee(task);
        Map<String, String> properties = ModelProperties.of(task.getBpmnModelElementInstance());
        String clockName = properties.get(ModelProperties.TIMESCALE);
        if (clockName != null) {
            Object from = properties.containsKey(ModelProperties.TIMESCALE_FROM) ? task.getVariable(properties.get(ModelProperties.TIMESCALE_FROM)) : null;
            Object variant = properties.containsKey(ModelProperties.TIMESCALE_VARIANT) ? task.getVariable(properties.get(ModelProperties.TIMESCALE_VARIANT)) : null;
            task.setDueDate(timescales.due(clockName, Moments.toInstant(from, clock), variant == null ? null : variant.toString()));
        }
        if (task.getDueDate() != null && !ESCALATION_PROCESS.equals(processKey(task))) {
            ProcessInstance watch = SystemCalls.asSystem(() -> task.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(ESCALATION_PROCESS,
                    (String) task.getVariable("childId"),
                    Variables.createVariables()
                            .putValue("childId", task.getVariable("childId"))
                            .putValue("childName", task.getVariable("childName"))
                            .putValue("holdingTeam", task.getVariable("holdingTeam"))
                            .putValue("workTaskId", task.getId())
                            .putValue("workName", task.getName())
                            .putValue("workDueAt", task.getDueDate())
                            .putValue("workProcessInstanceId", task.getProcessInstanceId())
                            .putValue("timescale", clockName == null ? "default" : clockName)));
            task.setVariableLocal(ESCALATION_WATCH, watch.getId());
        }
    }

    /** Statutory work (extension property statutory = true) goes only to someone the allocation rules allow. */
    private void assigned(DelegateTask task) {
        if ("true".equals(ModelProperties.of(task.getBpmnModelElementInstance()).get(ModelProperties.STATUTORY))) {
            allocationGuard.checkAssignment(task);
        }
    }

    /** A team manager sees all their team's work, whoever it is assigned to (the engine removes the grant with the task). */
    private static void letTheHoldingTeamsManagersSee(DelegateTask task) {
        Object team = task.getVariable("holdingTeam");
        String managers = team + "-managers";
        if (team == null || task.getCandidates().stream().anyMatch(link -> managers.equals(link.getGroupId()))) {
            return; // offered to the managers already: the engine's own grant covers it
        }
        SystemCalls.asSystem(() -> {
            AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
            Authorization managersMaySee = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            managersMaySee.setGroupId(managers);
            managersMaySee.setResource(Resources.TASK);
            managersMaySee.setResourceId(task.getId());
            managersMaySee.addPermission(Permissions.READ);
            return authorizations.saveAuthorization(managersMaySee);
        });
    }

    private void completed(DelegateTask task) {
        Map<String, String> properties = ModelProperties.of(task.getBpmnModelElementInstance());
        // "check" with "checkMessage", and any number of "check.<name>" with "checkMessage.<name>".
        properties.keySet().stream().filter(name -> name.equals(ModelProperties.CHECK) || name.startsWith(ModelProperties.CHECK + "."))
                .sorted()
                .forEach(name -> {
                    if (!Boolean.TRUE.equals(Expressions.evaluate(properties.get(name), task))) {
                        throw new WorkRuleException(properties.getOrDefault(name.replaceFirst("^check", ModelProperties.CHECK_MESSAGE),
                                "'" + task.getName() + "' cannot be completed: the check " + properties.get(name) + " does not hold"));
                    }
                });
        Instant now = clock.instant();
        String who = Expressions.actor(task.getAssignee());
        String childId = (String) task.getVariable("childId");
        Date due = task.getDueDate();
        boolean late = due != null && now.isAfter(due.toInstant());
        String lateReason = (String) task.getVariable(LATE_REASON);
        if (late && (lateReason == null || lateReason.isBlank())) {
            throw new WorkRuleException("'" + task.getName() + "' was due by " + Moments.dayAndTime(due.toInstant())
                    + " and is now late: record why in 'If this is past its due date: why is it late?', then complete it. Nothing has been saved yet.");
        }
        if (childId != null && !"none".equals(properties.get(ModelProperties.CHRONOLOGY))) {
            String what = Expressions.text(properties.getOrDefault(ModelProperties.CHRONOLOGY, task.getName()), task);
            String why = Expressions.text(properties.get(ModelProperties.CHRONOLOGY_WHY), task);
            chronology.record(ChronologyEntry.of(childId, now, EntryType.DECISION, what, why, who)
                    .from(task.getProcessInstanceId(), task.getTaskDefinitionKey()));
        }
        if (childId != null && late) {
            chronology.record(ChronologyEntry.of(childId, now, EntryType.LATE_COMPLETION,
                    "Completed late: '" + task.getName() + "' was due by " + Moments.dayAndTime(due.toInstant()), lateReason, who)
                    .from(task.getProcessInstanceId(), task.getTaskDefinitionKey()));
        }
        if (lateReason != null) {
            // A reason belongs to this task only: the next late task must give its own.
            task.removeVariable(LATE_REASON);
        }
        endEscalation(task);
    }

    private void endEscalation(DelegateTask task) {
        if (task.getDueDate() == null) {
            return;
        }
        Object watch = task.getVariableLocal(ESCALATION_WATCH);
        if (watch != null) {
            // The watch's own instance: the engine looks at its executions only, however many children are open.
            SystemCalls.asSystem(() -> task.getProcessEngineServices().getRuntimeService().createMessageCorrelation(WORK_DONE_MESSAGE)
                    .processInstanceId(watch.toString()).correlateAllWithResult());
        } else { // a task created before the watch's id was kept on it
            endWatch(task.getProcessEngineServices(), (String) task.getVariable("childId"), task.getId());
        }
    }

    /**
     * Ends the escalation watching {@code workId}, if any, found by the child's id (the watch's business key) and its
     * {@code workTaskId}. Matching on the variable alone made the engine test every open execution of every child: that
     * grew with the caseload and was most of the time to complete a task with a few hundred open journeys. Even with the
     * business key, H2 checks the variable through an index of every watch's {@code workTaskId}, which still grows with
     * the open work: tasks therefore keep their watch's id ({@link #ESCALATION_WATCH}) and use this only without one.
     */
    public static void endWatch(ProcessEngineServices services, String childId, String workId) {
        SystemCalls.asSystem(() -> {
            MessageCorrelationBuilder correlation = services.getRuntimeService().createMessageCorrelation(WORK_DONE_MESSAGE)
                    .processInstanceVariableEquals("workTaskId", workId);
            if (childId != null) {
                correlation.processInstanceBusinessKey(childId);
            }
            return correlation.correlateAllWithResult();
        });
    }

    private static String processKey(DelegateTask task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
    }
}
