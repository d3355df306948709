package org.childjourney.childrecord.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childjourney.childrecord.OpenWork;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads the child's running stages (business key = child id) and open tasks from the engine, leaving out escalation watches. */
@Component
public class EngineOpenWork implements OpenWork {

    private static final String ESCALATION = "overdue-work-escalation";

    private final ProcessEngine engine;
    private final Clock clock;

    public EngineOpenWork(@Lazy ProcessEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public List<Stage> stagesOf(String childId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(childId).active().list().stream()
                .map(instance -> stage(instance))
                .filter(stage -> !ESCALATION.equals(stage.processKey()))
                .toList();
    }

    @Override
    public List<Deadline> deadlinesOf(String childId) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(childId).list().stream()
                .filter(task -> task.getDueDate() != null)
                .sorted(Comparator.comparing(Task::getDueDate))
                .map(task -> new Deadline(task.getName(), task.getAssignee(), task.getDueDate().toInstant(),
                        clock.instant().isAfter(task.getDueDate().toInstant())))
                .toList();
    }

    @Override
    public List<StageTrail> trailOf(String childId) {
        List<StageTrail> trail = new ArrayList<>();
        for (HistoricProcessInstance instance : engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(childId).orderByProcessInstanceStartTime().asc().list()) {
            if (ESCALATION.equals(instance.getProcessDefinitionKey())) {
                continue;
            }
            List<HistoricActivityInstance> activities = engine.getHistoryService().createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
            List<String> visited = activities.stream().filter(a -> a.getEndTime() != null).map(HistoricActivityInstance::getActivityId).distinct().toList();
            List<String> current = activities.stream().filter(a -> a.getEndTime() == null).map(HistoricActivityInstance::getActivityId).distinct().toList();
            List<String> steps = activities.stream().filter(a -> STEPS.contains(a.getActivityType()) && a.getActivityName() != null)
                    .map(a -> a.getActivityName() + (a.getEndTime() == null ? " (now)" : "")).toList();
            ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId());
            trail.add(new StageTrail(instance.getId(), instance.getProcessDefinitionId(), definition.getName(),
                    instance.getStartTime().toInstant(), instance.getEndTime() == null ? null : instance.getEndTime().toInstant(),
                    visited, current, steps));
        }
        return trail;
    }

    private static final java.util.Set<String> STEPS = java.util.Set.of("userTask", "callActivity", "businessRuleTask", "serviceTask",
            "noneEndEvent", "messageEndEvent", "intermediateTimer", "boundaryTimer");

    @Override
    public boolean offeredToAnyOf(String childId, java.util.Collection<String> groups) {
        return !groups.isEmpty() && engine.getTaskService().createTaskQuery().processInstanceBusinessKey(childId)
                .taskCandidateGroupIn(List.copyOf(groups)).count() > 0;
    }

    private Stage stage(ProcessInstance instance) {
        ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId());
        List<String> at = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list().stream().map(Task::getName).toList();
        return new Stage(definition.getName(), definition.getKey(), at);
    }
}
