package org.childjourney.tasks;

import org.childjourney.access.Viewer;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A practitioner's tasks, as the signed-in person sees them: the engine's authorizations decide which tasks they may
 * see and work on, the models' listeners decide what a task needs before it can be taken or completed.
 */
public interface Tasks {

    record TaskView(String id, String name, String childId, String childName, String stage, Instant due, boolean overdue,
                    String assignee, boolean assignedToViewer, boolean mayTake, String form, Map<String, Object> data) {
    }

    record Completed(String taskId, String name, String childId) {
    }

    /** Empty when there is no such open task or the person may not see it: the two look the same from outside. */
    Optional<TaskView> open(Viewer viewer, String taskId);

    /** Takes an unassigned task for the signed-in person; the allocation rules apply. */
    void take(Viewer viewer, String taskId);

    /** Completes the task with the form's values, taking it first if nobody has; all or nothing. */
    Completed complete(Viewer viewer, String taskId, Map<String, Object> values);
}
