package org.childjourney.childrecord;

import jakarta.servlet.http.HttpServletRequest;
import org.childjourney.calendar.Moments;
import org.childjourney.chronology.ChronologyEntry;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The child record page: the same record, rules and audit as the API. */
@Controller
public class ChildRecordPage {

    private final ChildRecords records;

    public ChildRecordPage(ChildRecords records) {
        this.records = records;
    }

    @GetMapping("/children/{childId}")
    public String record(@PathVariable String childId, @RequestParam(required = false) ChronologyEntry.EntryType type,
                         Authentication signedIn, HttpServletRequest request, Model model) {
        var record = records.open(signedIn, childId, type, request.getRequestURI(), request.getRemoteAddr())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no child " + childId + " whose record you may see"));
        model.addAttribute("record", record);
        model.addAttribute("type", type);
        model.addAttribute("types", ChronologyEntry.EntryType.values());
        model.addAttribute("when", new Moments.Formatter());
        return "child";
    }
}
