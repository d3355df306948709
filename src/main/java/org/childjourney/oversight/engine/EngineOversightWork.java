package org.childjourney.oversight.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.childjourney.engine.ModelProperties;
import org.childjourney.engine.WorkTaskListener;
import org.childjourney.oversight.OversightWork;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads the board's open work with task queries (by due date, by task key, by escalation model) and one variable query
 * for the tasks found, naming the few variables it needs; definitions and model properties come from caches.
 */
@Component
public class EngineOversightWork implements OversightWork {

    static final String ALLOCATE_TASK = "AllocateNamedWorker";
    static final String FIRST_ESCALATION = "TeamManagerReview";
    static final String SECOND_ESCALATION = "HeadOfServiceReview";

    private final ProcessEngine engine;
    private final Map<String, ProcessDefinition> definitions = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> taskProperties = new ConcurrentHashMap<>();

    public EngineOversightWork(@Lazy ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public List<OpenTask> dueBy(Instant horizon) {
        // dueBefore is strict: one second later takes in work due exactly at the horizon (deadlines end at hh:59:59).
        return openTasks(engine.getTaskService().createTaskQuery().dueBefore(Date.from(horizon.plusSeconds(1))));
    }

    @Override
    public List<OpenTask> waitingForAllocation() {
        return openTasks(engine.getTaskService().createTaskQuery().taskDefinitionKey(ALLOCATE_TASK));
    }

    @Override
    public List<OpenTask> assignedTo(String username) {
        return openTasks(engine.getTaskService().createTaskQuery().taskAssignee(username));
    }

    @Override
    public List<OpenEscalation> openEscalations() {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processDefinitionKey(WorkTaskListener.ESCALATION_PROCESS)
                .taskDefinitionKeyIn(FIRST_ESCALATION, SECOND_ESCALATION).list();
        Map<String, Map<String, Object>> vars = variables(tasks, "childId", "childName", "holdingTeam", "workName", "workDueAt", "timescale",
                "firstEscalationTo", "secondEscalationTo");
        return tasks.stream().map(task -> {
            Map<String, Object> v = vars.getOrDefault(task.getProcessInstanceId(), Map.of());
            int level = SECOND_ESCALATION.equals(task.getTaskDefinitionKey()) ? 2 : 1;
            return new OpenEscalation(task.getId(), text(v.get("childId")), text(v.get("childName")), text(v.get("holdingTeam")),
                    text(v.get("workName")), v.get("workDueAt") instanceof Date d ? d.toInstant() : null, text(v.get("timescale")), level,
                    text(v.get(level == 2 ? "secondEscalationTo" : "firstEscalationTo")), task.getAssignee(), task.getCreateTime().toInstant());
        }).toList();
    }

    @Override
    public Map<String, Set<String>> childrenInStages(Set<String> processKeys) {
        Map<String, Set<String>> children = new HashMap<>();
        for (String key : processKeys) {
            children.put(key, engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).active().list().stream()
                    .map(ProcessInstance::getBusinessKey).filter(k -> k != null).collect(Collectors.toSet()));
        }
        return children;
    }

    private List<OpenTask> openTasks(TaskQuery query) {
        List<Task> tasks = query.list().stream()
                .filter(task -> task.getProcessDefinitionId() != null)
                .filter(task -> !WorkTaskListener.ESCALATION_PROCESS.equals(definition(task.getProcessDefinitionId()).getKey()))
                .toList();
        Set<String> names = new java.util.TreeSet<>(List.of("childId", "childName", "holdingTeam"));
        tasks.forEach(task -> {
            String variantBy = properties(task).get(ModelProperties.TIMESCALE_VARIANT);
            if (variantBy != null) {
                names.add(variantBy);
            }
        });
        Map<String, Map<String, Object>> vars = variables(tasks, names.toArray(String[]::new));
        return tasks.stream().map(task -> {
            Map<String, Object> v = vars.getOrDefault(task.getProcessInstanceId(), Map.of());
            ProcessDefinition definition = definition(task.getProcessDefinitionId());
            Map<String, String> properties = properties(task);
            return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), definition.getName(), definition.getKey(),
                    text(v.get("childId")), text(v.get("childName")), text(v.get("holdingTeam")), task.getAssignee(),
                    task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    properties.get(ModelProperties.TIMESCALE),
                    properties.containsKey(ModelProperties.TIMESCALE_VARIANT) ? text(v.get(properties.get(ModelProperties.TIMESCALE_VARIANT))) : null,
                    properties.get(ModelProperties.TIMESCALE_FROM));
        }).toList();
    }

    /** The named variables of the tasks' process instances, one query; a value set on the instance itself wins over a local one. */
    private Map<String, Map<String, Object>> variables(List<Task> tasks, String... names) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        if (tasks.isEmpty()) {
            return byInstance;
        }
        String[] instances = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        for (VariableInstance v : engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instances)
                .variableNameIn(names).disableCustomObjectDeserialization().list()) {
            Map<String, Object> values = byInstance.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>());
            if (v.getProcessInstanceId().equals(v.getExecutionId()) || !values.containsKey(v.getName())) {
                values.put(v.getName(), v.getValue());
            }
        }
        return byInstance;
    }

    private ProcessDefinition definition(String id) {
        return definitions.computeIfAbsent(id, key -> engine.getRepositoryService().getProcessDefinition(key));
    }

    private Map<String, String> properties(Task task) {
        return taskProperties.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(), key -> {
            var model = engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId());
            return model.getModelElementById(task.getTaskDefinitionKey()) instanceof BaseElement element ? ModelProperties.of(element) : Map.of();
        });
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
