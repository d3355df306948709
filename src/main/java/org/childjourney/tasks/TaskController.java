package org.childjourney.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.childjourney.childrecord.ChildRecords;
import org.childjourney.tasks.Tasks.Completed;
import org.childjourney.forms.RefusedException;
import org.childjourney.forms.RefusedException.Reason;
import org.childjourney.tasks.Tasks.TaskView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** A task as JSON, for the task page and for other clients: read it, take it, complete it with its form's values. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks")
public class TaskController {

    private final Tasks tasks;
    private final ChildRecords records;

    public TaskController(Tasks tasks, ChildRecords records) {
        this.tasks = tasks;
        this.records = records;
    }

    @GetMapping("/{taskId}")
    @Operation(summary = "An open task with its form (form-js schema) and the data the form shows",
            description = "Only tasks the signed-in person may see (their own, their team's queue, their teams' children for managers). "
                    + "When the task is overdue the form's 'why is it late?' field is required; otherwise it is left out.")
    public TaskView task(@PathVariable String taskId, Authentication signedIn) {
        return tasks.open(records.viewer(signedIn), taskId)
                .orElseThrow(() -> new RefusedException(Reason.NOT_FOUND, "There is no open task " + taskId + " that you may see."));
    }

    @PostMapping("/{taskId}/take")
    @Operation(summary = "Take an unassigned task", description = "The allocation rules apply: statutory work only to a registered social worker of the holding team.")
    public ResponseEntity<Void> take(@PathVariable String taskId, Authentication signedIn) {
        tasks.take(records.viewer(signedIn), taskId);
        return ResponseEntity.noContent().build();
    }

    @Schema(description = "The form's values, by field key, e.g. {\"childSeenOn\": \"2026-11-20\", \"lateReason\": \"...\"}")
    public record Completion(Map<String, Object> values) {
    }

    @Schema(description = "The completed task and where to go next: the child's record, where the completion shows on the chronology")
    public record CompletedTask(String taskId, String name, String childId, String next) {
    }

    @PostMapping("/{taskId}/complete")
    @Operation(summary = "Complete a task with its form's values",
            description = "All or nothing. 422 lists what to correct, field by field; 409 when the task is with someone else or was already completed; "
                    + "404 when there is no such open task that you may see.")
    public CompletedTask complete(@PathVariable String taskId, @RequestBody Completion completion, Authentication signedIn) {
        Completed done = tasks.complete(records.viewer(signedIn), taskId, completion.values() == null ? Map.of() : completion.values());
        return new CompletedTask(done.taskId(), done.name(), done.childId(),
                done.childId() == null ? "/my-work" : "/children/" + done.childId() + "?completed=" + done.taskId());
    }
}
