package org.childjourney.frontdoor;

import jakarta.servlet.http.HttpServletRequest;
import org.childjourney.childrecord.ChildRecords;
import org.childjourney.childrecord.ChildRecords.ChildMatch;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/** Search for a child, see the possible matches, then record the contact against one of them or a new child. */
@Controller
public class ContactPage {

    private final ChildRecords records;

    public ContactPage(ChildRecords records) {
        this.records = records;
    }

    @GetMapping("/children/search")
    public String search(@RequestParam(required = false) String name, @RequestParam(required = false) String day,
                         @RequestParam(required = false) String month, @RequestParam(required = false) String year,
                         @RequestParam(required = false) String id, Authentication signedIn, HttpServletRequest request, Model model) {
        model.addAttribute("name", name);
        model.addAttribute("day", day);
        model.addAttribute("month", month);
        model.addAttribute("year", year);
        model.addAttribute("id", id);
        boolean dateGiven = !blank(day) || !blank(month) || !blank(year);
        LocalDate dateOfBirth = null;
        if (dateGiven) {
            try {
                dateOfBirth = LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
            } catch (NumberFormatException | NullPointerException | DateTimeException e) {
                model.addAttribute("dateError", "Date of birth must be a real date, for example 27 3 2019");
                return "child-search";
            }
        }
        boolean searched = !blank(name) || dateGiven || !blank(id);
        model.addAttribute("searched", searched);
        List<ChildMatch> matches = searched
                ? records.search(signedIn, name, dateOfBirth, id, request.getRequestURI(), request.getRemoteAddr()) : List.of();
        model.addAttribute("matches", matches);
        return "child-search";
    }

    @GetMapping("/contacts/new")
    public String newContact(@RequestParam(required = false) String childId, Model model) {
        model.addAttribute("childId", childId);
        return "contact";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
