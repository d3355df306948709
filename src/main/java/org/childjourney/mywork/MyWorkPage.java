package org.childjourney.mywork;

import org.childjourney.calendar.Moments;
import org.childjourney.childrecord.ChildRecords;
import org.childjourney.oversight.OversightNavigation;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Set;

/** My work: my tasks, then my teams' unallocated queue a page at a time, earliest due first, overdue marked. */
@Controller
public class MyWorkPage {

    /** A queue longer than this is shown a page at a time: nobody works down 800 rows, and the page stays quick. */
    static final int QUEUE_PAGE = 50;

    private final MyWork myWork;
    private final ChildRecords records;

    public MyWorkPage(MyWork myWork, ChildRecords records) {
        this.myWork = myWork;
        this.records = records;
    }

    /** Managers and heads of service land on the oversight board; everyone else on My work. */
    @GetMapping("/")
    public String home(Authentication signedIn) {
        return OversightNavigation.oversees(signedIn) ? "redirect:/oversight" : "redirect:/my-work";
    }

    @GetMapping("/my-work")
    public String myWork(Authentication signedIn, @RequestParam(name = "page", defaultValue = "1") int page,
                         @RequestParam(name = "minePage", defaultValue = "1") int minePage, Model model) {
        Set<String> groups = records.viewer(signedIn).groups();
        int first = (int) Math.min((Math.max(page, 1) - 1L) * QUEUE_PAGE, Integer.MAX_VALUE / 2);
        MyWork.Queue queue = myWork.unallocatedFor(groups, first, QUEUE_PAGE);
        if (queue.items().isEmpty() && queue.total() > 0) { // past the end: the last page
            queue = myWork.unallocatedFor(groups, (int) ((queue.total() - 1) / QUEUE_PAGE) * QUEUE_PAGE, QUEUE_PAGE);
        }
        int shown = queue.first() / QUEUE_PAGE + 1;
        MyWork.Queue mine = myWork.assignedTo(signedIn.getName(), (int) Math.min((Math.max(minePage, 1) - 1L) * QUEUE_PAGE, Integer.MAX_VALUE / 2), QUEUE_PAGE);
        int mineShown = mine.first() / QUEUE_PAGE + 1;
        model.addAttribute("mine", mine.items());
        model.addAttribute("minePage", mine);
        model.addAttribute("previousMinePage", mineShown > 1 ? mineShown - 1 : null);
        model.addAttribute("nextMinePage", mine.last() < mine.total() ? mineShown + 1 : null);
        model.addAttribute("queue", queue.items());
        model.addAttribute("queuePage", queue);
        model.addAttribute("previousPage", shown > 1 ? shown - 1 : null);
        model.addAttribute("nextPage", queue.last() < queue.total() ? shown + 1 : null);
        model.addAttribute("when", new Moments.Formatter());
        return "my-work";
    }
}
