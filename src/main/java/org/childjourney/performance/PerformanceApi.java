package org.childjourney.performance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.childjourney.access.Viewer;
import org.childjourney.childrecord.ChildRecords;
import org.childjourney.performance.PerformanceFigures.Cell;
import org.childjourney.performance.PerformanceFigures.Report;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The performance figures as JSON and CSV: the same figures, definitions and access rules as the page. */
@RestController
@Tag(name = "Performance figures")
public class PerformanceApi {

    static final String ACCESS = "Team managers see only the teams they manage (asking for another team gives 403); heads of service and "
            + "administrators see every team; anyone else gets 403. Without a team, the figures cover every team the person may see.";

    public record MonthFigure(String month, int numerator, int denominator, Double percent) {
        static MonthFigure of(Cell cell) {
            return new MonthFigure(cell.month() == null ? null : cell.month().toString(), cell.numerator(), cell.denominator(), cell.percent().orElse(null));
        }
    }

    public record Figure(String code, String title, String definition, String numerator, String denominator, String monthBy,
                         List<MonthFigure> months, MonthFigure total) {
    }

    public record Figures(String from, String to, String team, List<Figure> figures) {
    }

    public record CountedChild(String childId, String team, Instant at, boolean inNumerator, String what) {
    }

    private final PerformanceFigures figures;
    private final ChildRecords records;

    public PerformanceApi(PerformanceFigures figures, ChildRecords records) {
        this.figures = figures;
        this.records = records;
    }

    @GetMapping("/api/performance")
    @Operation(summary = "Every performance figure by month, with its definition",
            description = "Each figure is numerator out of denominator per calendar month (Europe/London) of the event named in monthBy. " + ACCESS)
    public Figures all(@Parameter(description = "First month, yyyy-MM (default: 11 months before this one)") @RequestParam(required = false) String from,
                       @Parameter(description = "Last month, yyyy-MM (default: this month); at most 36 months") @RequestParam(required = false) String to,
                       @Parameter(description = "Team code, e.g. mash, first-response, cin-north") @RequestParam(required = false) String team,
                       Authentication signedIn) {
        Period period = period(from, to);
        Report report = figures.report(records.viewer(signedIn), period.from(), period.to(), team);
        return new Figures(report.from().toString(), report.to().toString(), report.team(), report.figures().stream()
                .map(row -> new Figure(row.measure().code(), row.measure().title(), row.measure().definition(), row.measure().numerator(),
                        row.measure().denominator(), row.measure().monthBy(), row.months().stream().map(MonthFigure::of).toList(),
                        MonthFigure.of(row.total())))
                .toList());
    }

    @GetMapping(value = "/api/performance.csv", produces = "text/csv")
    @Operation(summary = "Every performance figure by month, as CSV", description = "One line per figure and month, then the period's total. " + ACCESS)
    public ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String team, Authentication signedIn) {
        Period period = period(from, to);
        Report report = figures.report(records.viewer(signedIn), period.from(), period.to(), team);
        StringBuilder csv = new StringBuilder("figure,title,month,team,numerator,denominator,percent,definition\r\n");
        for (var row : report.figures()) {
            for (Cell cell : row.months()) {
                line(csv, row.measure(), cell.month().toString(), report.team(), cell);
            }
            line(csv, row.measure(), report.from() + " to " + report.to(), report.team(), row.total());
        }
        String name = "performance-" + report.from() + "-to-" + report.to() + (report.team() == null ? "" : "-" + report.team()) + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(csv.toString());
    }

    @GetMapping("/api/performance/{figure}/children")
    @Operation(summary = "The children counted in one figure",
            description = "Every item in the figure's denominator for the period (a month: from = to), with whether it is in the numerator. " + ACCESS)
    public List<CountedChild> children(@PathVariable String figure, @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to, @RequestParam(required = false) String team,
                                       Authentication signedIn) {
        Period period = period(from, to);
        Viewer viewer = records.viewer(signedIn);
        return figures.behind(viewer, Measure.fromCode(figure), period.from(), period.to(), team).stream()
                .map(c -> new CountedChild(c.childId(), c.team(), c.at(), c.meets(), c.what())).toList();
    }

    @ExceptionHandler({IllegalArgumentException.class, DateTimeParseException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public Map<String, String> badRequest(RuntimeException e) {
        return Map.of("error", e.getMessage());
    }

    record Period(YearMonth from, YearMonth to) {
    }

    /** The period asked for; by default the twelve months up to and including this one. */
    Period period(String from, String to) {
        YearMonth last = to == null || to.isBlank() ? figures.thisMonth() : YearMonth.parse(to.trim());
        YearMonth first = from == null || from.isBlank() ? last.minusMonths(11) : YearMonth.parse(from.trim());
        return new Period(first, last);
    }

    private static void line(StringBuilder csv, Measure measure, String month, String team, Cell cell) {
        csv.append(measure.code()).append(',').append(quote(measure.title())).append(',').append(quote(month)).append(',')
                .append(team == null ? "all" : team).append(',').append(cell.numerator()).append(',').append(cell.denominator()).append(',')
                .append(cell.percent().map(p -> String.format(Locale.UK, "%.1f", p)).orElse("")).append(',')
                .append(quote(measure.definition())).append("\r\n");
    }

    private static String quote(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
