package org.childjourney.mywork;

import org.childjourney.calendar.Moments;
import org.childjourney.childrecord.ChildRecords;
import org.childjourney.oversight.OversightNavigation;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** My work: my tasks, then my teams' unallocated queue, earliest due first, overdue marked. */
@Controller
public class MyWorkPage {

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
    public String myWork(Authentication signedIn, Model model) {
        model.addAttribute("mine", myWork.assignedTo(signedIn.getName()));
        model.addAttribute("queue", myWork.unallocatedFor(records.viewer(signedIn).groups()));
        model.addAttribute("when", new Moments.Formatter());
        return "my-work";
    }
}
