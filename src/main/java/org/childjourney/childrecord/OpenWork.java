package org.childjourney.childrecord;

import java.time.Instant;
import java.util.List;

/** Where the child is in the journey now, and the work open for them with its deadlines. */
public interface OpenWork {

    record Stage(String name, String processKey, List<String> at) {
    }

    record Deadline(String work, String assignee, Instant due, boolean overdue) {
    }

    /**
     * A stage the child has been through or is in, for drawing on its model: the activities done (in order, with their
     * names for those who cannot see the diagram) and where the child is now.
     */
    record StageTrail(String processInstanceId, String processDefinitionId, String name, Instant startedAt, Instant endedAt,
                      List<String> visitedActivityIds, List<String> currentActivityIds, List<String> steps) {
    }

    List<Stage> stagesOf(String childId);

    /** Every stage of the child's journey, oldest first, escalation watches left out. */
    List<StageTrail> trailOf(String childId);

    List<Deadline> deadlinesOf(String childId);

    /** Whether any open work for the child is offered to one of {@code groups} (as a candidate group). */
    boolean offeredToAnyOf(String childId, java.util.Collection<String> groups);
}
