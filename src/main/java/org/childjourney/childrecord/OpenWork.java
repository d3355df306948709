package org.childjourney.childrecord;

import java.time.Instant;
import java.util.List;

/** Where the child is in the journey now, and the work open for them with its deadlines. */
public interface OpenWork {

    record Stage(String name, String processKey, List<String> at) {
    }

    record Deadline(String work, String assignee, Instant due, boolean overdue) {
    }

    List<Stage> stagesOf(String childId);

    List<Deadline> deadlinesOf(String childId);

    /** Whether any open work for the child is offered to one of {@code groups} (as a candidate group). */
    boolean offeredToAnyOf(String childId, java.util.Collection<String> groups);
}
