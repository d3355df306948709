package org.childjourney.mywork.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.childjourney.mywork.MyWork;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Reads My work from the engine's task lists. */
@Component
public class EngineMyWork implements MyWork {

    private final ProcessEngine engine;
    private final Clock clock;

    public EngineMyWork(@Lazy ProcessEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> assignedTo(String username) {
        return items(engine.getTaskService().createTaskQuery().taskAssignee(username));
    }

    @Override
    public List<WorkItem> unallocatedFor(Set<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return items(engine.getTaskService().createTaskQuery().taskCandidateGroupIn(List.copyOf(groups)).taskUnassigned());
    }

    private List<WorkItem> items(TaskQuery query) {
        return query.list().stream()
                .sorted(Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(this::item)
                .toList();
    }

    private WorkItem item(Task task) {
        var runtime = engine.getRuntimeService();
        Object childId = runtime.getVariable(task.getExecutionId(), "childId");
        Object childName = runtime.getVariable(task.getExecutionId(), "childName");
        String stage = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getName();
        return new WorkItem(task.getId(), task.getName(), childId == null ? null : childId.toString(),
                childName == null ? "" : childName.toString(), stage,
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getDueDate() != null && clock.instant().isAfter(task.getDueDate().toInstant()));
    }
}
