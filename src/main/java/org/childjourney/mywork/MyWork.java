package org.childjourney.mywork;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A practitioner's work: what is assigned to them, and their teams' work that nobody has taken yet, earliest due first. */
public interface MyWork {

    record WorkItem(String taskId, String work, String childId, String childName, String stage, Instant due, boolean overdue) {
    }

    /** One page of a queue: {@code items} from position {@code first} (0-based) of {@code total}, earliest due first. */
    record Queue(List<WorkItem> items, int first, long total) {

        public int last() {
            return first + items.size();
        }
    }

    /**
     * Up to {@code max} of the teams' unallocated work from position {@code first}, earliest due first, work with no due
     * date last; with the queue's length. A front door queue can hold hundreds of contacts: a page reads only its own.
     */
    Queue unallocatedFor(Set<String> groups, int first, int max);

    /** Up to {@code max} of the person's own work from position {@code first}: a manager's escalations can run to hundreds. */
    Queue assignedTo(String username, int first, int max);
}
