package org.childjourney.mywork.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.childjourney.mywork.MyWork;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Reads My work from the engine's task lists: one task query, one variable query and the (cached) definitions, whatever the queue's size. */
@Component
public class EngineMyWork implements MyWork {

    /** Before any due date: "due after" it selects the tasks that have one. */
    private static final Date NO_DATE = new Date(0);

    private final ProcessEngine engine;
    private final Clock clock;

    public EngineMyWork(@Lazy ProcessEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public Queue unallocatedFor(Set<String> groups, int first, int max) {
        if (groups.isEmpty()) {
            return new Queue(List.of(), 0, 0);
        }
        return page(() -> engine.getTaskService().createTaskQuery().taskCandidateGroupIn(List.copyOf(groups)).taskUnassigned(), first, max);
    }

    @Override
    public Queue assignedTo(String username, int first, int max) {
        return page(() -> engine.getTaskService().createTaskQuery().taskAssignee(username), first, max);
    }

    /** One page of the tasks, earliest due first and work with no due date last: two counts and at most two page queries. */
    private Queue page(Supplier<TaskQuery> query, int first, int max) {
        long total = query.get().count();
        long withDueDate = query.get().dueAfter(NO_DATE).count();
        List<Task> tasks = new ArrayList<>();
        if (first < withDueDate) {
            tasks.addAll(query.get().dueAfter(NO_DATE).orderByDueDate().asc().orderByTaskId().asc().listPage(first, max));
        }
        if (tasks.size() < max && first + tasks.size() < total) {
            int firstWithout = (int) Math.max(0, first - withDueDate);
            tasks.addAll(query.get().withoutDueDate().orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(firstWithout, max - tasks.size()));
        }
        return new Queue(items(tasks), first, total);
    }

    private List<WorkItem> items(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> childOf = new HashMap<>();
        String[] instances = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        for (VariableInstance v : engine.getRuntimeService().createVariableInstanceQuery()
                .processInstanceIdIn(instances).variableNameIn("childId", "childName").disableCustomObjectDeserialization().list()) {
            childOf.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).putIfAbsent(v.getName(), v.getValue());
        }
        Map<String, String> stageNames = new HashMap<>();
        return tasks.stream()
                .sorted(Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(task -> {
                    Map<String, Object> child = childOf.getOrDefault(task.getProcessInstanceId(), Map.of());
                    String stage = stageNames.computeIfAbsent(task.getProcessDefinitionId(),
                            id -> engine.getRepositoryService().getProcessDefinition(id).getName());
                    Object childId = child.get("childId");
                    Object childName = child.get("childName");
                    return new WorkItem(task.getId(), task.getName(), childId == null ? null : childId.toString(),
                            childName == null ? "" : childName.toString(), stage,
                            task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                            task.getDueDate() != null && clock.instant().isAfter(task.getDueDate().toInstant()));
                })
                .toList();
    }
}
