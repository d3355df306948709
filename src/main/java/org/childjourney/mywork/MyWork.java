package org.childjourney.mywork;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A practitioner's work: what is assigned to them, and their teams' work that nobody has taken yet, earliest due first. */
public interface MyWork {

    record WorkItem(String taskId, String work, String childId, String childName, String stage, Instant due, boolean overdue) {
    }

    List<WorkItem> assignedTo(String username);

    List<WorkItem> unallocatedFor(Set<String> groups);
}
