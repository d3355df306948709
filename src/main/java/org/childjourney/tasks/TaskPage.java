package org.childjourney.tasks;

import org.childjourney.calendar.Moments;
import org.childjourney.childrecord.ChildRecords;
import org.childjourney.forms.RefusedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The task page: the task's form from forms/ in the form-js viewer, completed here through the tasks API. */
@Controller
public class TaskPage {

    private final Tasks tasks;
    private final ChildRecords records;

    public TaskPage(Tasks tasks, ChildRecords records) {
        this.tasks = tasks;
        this.records = records;
    }

    @GetMapping("/tasks/{taskId}")
    public String task(@PathVariable String taskId, Authentication signedIn, Model model) {
        model.addAttribute("task", tasks.open(records.viewer(signedIn), taskId)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no open task " + taskId + " that you may see")));
        model.addAttribute("when", new Moments.Formatter());
        return "task";
    }

    /** Take a task from the team's queue; back to where the person was, with the allocation rule's message if refused. */
    @PostMapping("/tasks/{taskId}/take")
    public String take(@PathVariable String taskId, @RequestParam(defaultValue = "task") String from, Authentication signedIn,
                       RedirectAttributes flash) {
        try {
            tasks.take(records.viewer(signedIn), taskId);
            flash.addFlashAttribute("taken", taskId);
        } catch (RefusedException refused) {
            flash.addFlashAttribute("refusal", refused.getMessage());
        }
        return "my-work".equals(from) ? "redirect:/my-work" : "redirect:/tasks/" + taskId;
    }
}
