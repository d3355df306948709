package org.childjourney.performance;

import org.childjourney.calendar.Moments;
import org.childjourney.childrecord.ChildRecords;
import org.childjourney.web.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The performance figures page and, for each figure, the children behind it: the same rules as the API. */
@Controller
public class PerformancePage {

    static final int PAGE_SIZE = 100;

    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final PerformanceFigures figures;
    private final PerformanceApi api;
    private final ChildRecords records;

    public PerformancePage(PerformanceFigures figures, PerformanceApi api, ChildRecords records) {
        this.figures = figures;
        this.api = api;
        this.records = records;
    }

    @GetMapping("/performance")
    public String performance(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @RequestParam(required = false) String team, Authentication signedIn, Model model) {
        PerformanceApi.Period period = period(from, to);
        model.addAttribute("report", figures.report(records.viewer(signedIn), period.from(), period.to(), team));
        model.addAttribute("month", MONTH);
        return "performance";
    }

    @GetMapping("/performance/{figure}")
    public String behind(@PathVariable String figure, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                         @RequestParam(required = false) String team, @RequestParam(defaultValue = "1") int page,
                         Authentication signedIn, Model model) {
        PerformanceApi.Period period = period(from, to);
        Measure measure;
        try {
            measure = Measure.fromCode(figure);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        var items = figures.behind(records.viewer(signedIn), measure, period.from(), period.to(), team);
        model.addAttribute("measure", measure);
        // A year of contacts is thousands of rows: the page shows them a hundred at a time (the API and CSV give every row).
        ListPage.of(items, page, PAGE_SIZE).addTo(model);
        model.addAttribute("numerator", items.stream().filter(Counted::meets).count());
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("team", team == null || team.isBlank() ? null : team);
        model.addAttribute("month", MONTH);
        model.addAttribute("when", new Moments.Formatter());
        return "performance-children";
    }

    private PerformanceApi.Period period(String from, String to) {
        try {
            PerformanceApi.Period period = api.period(from, to);
            figures.checkPeriod(period.from(), period.to());
            return period;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Months are written yyyy-MM, the first no later than the last, at most "
                    + PerformanceFigures.MAX_MONTHS + " months: " + e.getMessage());
        }
    }
}
