package org.childjourney.performance;

import org.childjourney.access.TeamScope;
import org.childjourney.access.Viewer;
import org.childjourney.workforce.Team;
import org.childjourney.workforce.Workforce;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The performance figures by month, for a period and a team, from the counted items of {@link CountedItems}: each
 * figure is a count of items meeting its condition out of a count of items, never a stored or estimated number, and
 * the items behind every count can be listed.
 */
@Service
public class PerformanceFigures {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Longest period asked for at once. */
    public static final int MAX_MONTHS = 36;

    /** numerator out of denominator; percent is empty when nothing was counted. */
    public record Cell(YearMonth month, int numerator, int denominator) {
        public Optional<Double> percent() {
            return denominator == 0 ? Optional.empty() : Optional.of(100.0 * numerator / denominator);
        }

        /** "25.0%", or "no cases" when nothing was counted. */
        public String percentText() {
            return percent().map(p -> String.format(java.util.Locale.UK, "%.1f%%", p)).orElse("no cases");
        }
    }

    public record FigureRow(Measure measure, List<Cell> months, Cell total) {
        /** The chart's text alternative: every month's figure in words. */
        public String chartText() {
            StringBuilder text = new StringBuilder(measure.title()).append(" by month: ");
            for (int i = 0; i < months.size(); i++) {
                Cell c = months.get(i);
                text.append(i == 0 ? "" : "; ").append(c.month().format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK)))
                        .append(' ').append(c.denominator() == 0 ? "no cases" : c.percentText() + " (" + c.numerator() + " of " + c.denominator() + ")");
            }
            return text.append('.').toString();
        }
    }

    public record Report(YearMonth from, YearMonth to, String team, List<Team> teams, List<YearMonth> months, List<FigureRow> figures) {
    }

    private final List<CountedItems> sources;
    private final Workforce workforce;
    private final Clock clock;

    public PerformanceFigures(List<CountedItems> sources, Workforce workforce, Clock clock) {
        this.sources = sources;
        this.workforce = workforce;
        this.clock = clock;
    }

    /** The twelve months up to and including the current one. */
    public YearMonth thisMonth() {
        return YearMonth.from(clock.instant().atZone(LONDON));
    }

    public Report report(Viewer viewer, YearMonth from, YearMonth to, String team) {
        TeamScope scope = scope(viewer, team);
        checkPeriod(from, to);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<Measure, int[][]> counts = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            counts.put(m, new int[months.size()][2]);
        }
        for (Counted item : items(scope, from, to)) {
            int index = months.indexOf(YearMonth.from(item.at().atZone(LONDON)));
            int[] cell = counts.get(item.measure())[index];
            cell[1]++;
            if (item.meets()) {
                cell[0]++;
            }
        }
        List<FigureRow> rows = new ArrayList<>();
        for (Measure m : Measure.values()) {
            List<Cell> cells = new ArrayList<>();
            int numerator = 0;
            int denominator = 0;
            for (int i = 0; i < months.size(); i++) {
                int[] c = counts.get(m)[i];
                cells.add(new Cell(months.get(i), c[0], c[1]));
                numerator += c[0];
                denominator += c[1];
            }
            rows.add(new FigureRow(m, cells, new Cell(null, numerator, denominator)));
        }
        return new Report(from, to, team == null || team.isBlank() ? null : team, teamsFor(viewer), months, rows);
    }

    /** The items behind one figure for a period (one month: from = to) and team: the children counted, earliest first. */
    public List<Counted> behind(Viewer viewer, Measure measure, YearMonth from, YearMonth to, String team) {
        TeamScope scope = scope(viewer, team);
        checkPeriod(from, to);
        return items(scope, from, to).stream().filter(i -> i.measure() == measure)
                .sorted(Comparator.comparing(Counted::at)).toList();
    }

    /** The teams a person may choose from. */
    public List<Team> teamsFor(Viewer viewer) {
        TeamScope scope = TeamScope.required(viewer, null);
        return workforce.teams().stream().filter(t -> scope.covers(t.code())).toList();
    }

    private TeamScope scope(Viewer viewer, String team) {
        return TeamScope.required(viewer, team);
    }

    public void checkPeriod(YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The period must start no later than it ends: " + from + " is after " + to);
        }
        if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw new IllegalArgumentException("Ask for at most " + MAX_MONTHS + " months at once");
        }
    }

    private List<Counted> items(TeamScope scope, YearMonth from, YearMonth to) {
        Instant start = from.atDay(1).atStartOfDay(LONDON).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(LONDON).toInstant();
        List<Counted> items = new ArrayList<>();
        for (CountedItems source : sources) {
            for (Counted item : source.between(start, end)) {
                if (scope.covers(item.team())) {
                    items.add(item);
                }
            }
        }
        return items;
    }
}
