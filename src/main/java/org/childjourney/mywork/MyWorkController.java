package org.childjourney.mywork;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.childjourney.childrecord.ChildRecords;
import org.childjourney.mywork.MyWork.WorkItem;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** My work as JSON: the same two lists as the page. */
@RestController
@Tag(name = "My work")
public class MyWorkController {

    private final MyWork myWork;
    private final ChildRecords records;

    public MyWorkController(MyWork myWork, ChildRecords records) {
        this.myWork = myWork;
        this.records = records;
    }

    /** Up to 200 of the person's own tasks (earliest due first) with their total, and one page of the team queue. */
    public record MyWorkLists(List<WorkItem> assignedToMe, long assignedToMeTotal, List<WorkItem> teamQueue, int teamQueueFirst, long teamQueueTotal) {
    }

    @GetMapping("/api/my-work")
    @Operation(summary = "The signed-in person's tasks and their teams' unallocated queue, earliest due first",
            description = "Overdue items are marked. The team queue comes a page at a time (first: 0-based position, size up to 200), "
                    + "with its total length. Take a queued task with POST /api/tasks/{taskId}/take.")
    public MyWorkLists myWork(@RequestParam(defaultValue = "0") int first, @RequestParam(defaultValue = "50") int size, Authentication signedIn) {
        MyWork.Queue queue = myWork.unallocatedFor(records.viewer(signedIn).groups(), Math.max(first, 0), Math.min(Math.max(size, 1), 200));
        MyWork.Queue mine = myWork.assignedTo(signedIn.getName(), 0, 200);
        return new MyWorkLists(mine.items(), mine.total(), queue.items(), queue.first(), queue.total());
    }
}
