package org.childjourney.oversight;

import org.childjourney.calendar.Moments;
import org.childjourney.calendar.Timescales;
import org.childjourney.calendar.WorkingDayCalendar;
import org.childjourney.oversight.OversightWork.OpenEscalation;
import org.childjourney.oversight.OversightWork.OpenTask;
import org.childjourney.workforce.Team;
import org.childjourney.workforce.Worker;
import org.childjourney.workforce.Workforce;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of the oversight board, computed one way for the pages, the API and the Prometheus gauges: a snapshot of
 * every child behind every figure, per team, from the engine's open tasks (by due date, by task key) and the app's own
 * tables (allocation, contact, child_progress: the latest chronology entry per child). Each figure is the number of distinct children in its list.
 */
@Service
public class Oversight {

    /**
     * One child behind a figure. {@code what}: the work or situation; {@code clock}: which statutory clock (overdue and
     * due soon); {@code since}: when it became due, was last progressed, was handed over, taken by the manager, or escalated;
     * {@code workingDays}: overdue by, due in, stuck for, waiting for, held for, open for; {@code workWith}: who the
     * work is with; {@code heldBy}: who holds the child's case.
     */
    public record Row(String childId, String childName, String team, String what, String clock, Instant since, int workingDays,
                      String workWith, String heldBy) {
    }

    /** A figure: how many children, and how many items (pieces of work, escalations) they have between them. */
    public record Count(int children, int items) {
    }

    public record TeamFigures(String team, String teamName, Map<Figure, Count> figures) {
    }

    /** Every figure's rows for every team, at one moment. */
    public record Snapshot(Instant at, Map<Figure, List<Row>> rows) {

        public List<Row> rows(Figure figure, Collection<String> teams) {
            return rows.get(figure).stream().filter(r -> r.team() != null && teams.contains(r.team())).toList();
        }

        public Count count(Figure figure, Collection<String> teams) {
            List<Row> list = rows(figure, teams);
            return new Count((int) list.stream().map(Row::childId).distinct().count(), list.size());
        }
    }

    private record Holding(String childId, String childName, String team, String worker, String status, boolean managerHeld, Instant since) {
    }

    /** Each timescale table lookup is a DMN evaluation (written to history): labels are kept for a minute. */
    private static final long LABELS_FOR_NANOS = 60_000_000_000L;
    private Map<List<String>, String> labels = new java.util.concurrent.ConcurrentHashMap<>();
    private long labelsSince = System.nanoTime();

    private final OversightWork work;
    private final Workforce workforce;
    private final JdbcClient db;
    private final WorkingDayCalendar calendar;
    private final Timescales timescales;
    private final OversightSettings settings;
    private final Clock clock;

    public Oversight(OversightWork work, Workforce workforce, JdbcClient db, WorkingDayCalendar calendar, Timescales timescales,
                     OversightSettings settings, Clock clock) {
        this.work = work;
        this.workforce = workforce;
        this.db = db;
        this.calendar = calendar;
        this.timescales = timescales;
        this.settings = settings;
        this.clock = clock;
    }

    public OversightSettings settings() {
        return settings;
    }

    /** The board's figures for each of {@code teams}, in the order given. */
    public List<TeamFigures> board(Snapshot snapshot, List<Team> teams) {
        return teams.stream().map(team -> {
            Map<Figure, Count> figures = new EnumMap<>(Figure.class);
            for (Figure figure : Figure.values()) {
                figures.put(figure, snapshot.count(figure, Set.of(team.code())));
            }
            return new TeamFigures(team.code(), team.name(), figures);
        }).toList();
    }

    private synchronized Map<List<String>, String> labels() {
        if (System.nanoTime() - labelsSince > LABELS_FOR_NANOS) {
            labels = new java.util.concurrent.ConcurrentHashMap<>();
            labelsSince = System.nanoTime();
        }
        return labels;
    }

    public Snapshot snapshot() {
        Instant now = clock.instant();
        LocalDate today = WorkingDayCalendar.londonDate(now);
        Map<String, Worker> workers = workforce.workers().stream().collect(Collectors.toMap(Worker::username, Function.identity()));
        Map<String, String> teamNames = workforce.teams().stream().collect(Collectors.toMap(Team::code, Team::name));
        List<Holding> holdings = holdings();
        Map<String, List<Holding>> holdingsOf = holdings.stream().collect(Collectors.groupingBy(Holding::childId));
        Function<String, String> heldBy = childId -> heldBy(holdingsOf.getOrDefault(childId, List.of()), workers, teamNames);

        Map<List<String>, String> labels = labels();
        Map<Figure, List<Row>> rows = new EnumMap<>(Figure.class);
        Instant horizon = calendar.endOfWorkingDaysAfter(now, settings.dueSoonWorkingDays());
        List<Row> overdue = new ArrayList<>();
        List<Row> dueSoon = new ArrayList<>();
        for (OpenTask task : work.dueBy(horizon)) {
            if (task.childId() == null) {
                continue; // work about no one child (a daily triage list) is not a child's figure
            }
            String team = task.team() != null ? task.team() : teamOf(task.assignee(), workers);
            String what = task.work() + " (" + task.stage() + ")";
            LocalDate dueDay = WorkingDayCalendar.londonDate(task.due());
            if (now.isAfter(task.due())) {
                overdue.add(new Row(task.childId(), task.childName(), team, what, clockLabel(task, labels), task.due(),
                        calendar.workingDaysBetween(dueDay, today), workWith(task, workers, teamNames), heldBy.apply(task.childId())));
            } else {
                dueSoon.add(new Row(task.childId(), task.childName(), team, what, clockLabel(task, labels), task.due(),
                        calendar.workingDaysBetween(today, dueDay), workWith(task, workers, teamNames), heldBy.apply(task.childId())));
            }
        }
        overdue.sort(Comparator.comparing(Row::since).thenComparing(Row::childId));
        dueSoon.sort(Comparator.comparing(Row::since).thenComparing(Row::childId));
        rows.put(Figure.OVERDUE, overdue);
        rows.put(Figure.DUE_SOON, dueSoon);
        rows.put(Figure.STUCK, stuck(holdings, today, heldBy));
        rows.put(Figure.UNALLOCATED, unallocated(holdings, today, heldBy, workers, teamNames));
        rows.put(Figure.MANAGER_HELD, holdings.stream().filter(h -> h.managerHeld() && h.worker() != null)
                .map(h -> new Row(h.childId(), h.childName(), h.team(), "Case held by the manager " + name(h.worker(), workers), null, h.since(),
                        calendar.workingDaysBetween(WorkingDayCalendar.londonDate(h.since()), today), name(h.worker(), workers), heldBy.apply(h.childId())))
                .sorted(Comparator.comparing(Row::since).thenComparing(Row::childId)).toList());
        rows.put(Figure.ESCALATIONS, escalations(today, heldBy, workers, labels));
        return new Snapshot(now, rows);
    }

    private List<Row> stuck(List<Holding> holdings, LocalDate today, Function<String, String> heldBy) {
        // The children with an open case, per team: held or being received (allocation), or at the front door (an open contact: MASH).
        Map<List<String>, Holding> open = new LinkedHashMap<>();
        for (Holding h : holdings) {
            open.merge(List.of(h.team(), h.childId()), h, (a, b) -> a.since().isBefore(b.since()) ? a : b);
        }
        db.sql("""
                        select c.child_id, min(c.received_at) received, ch.first_name, ch.last_name from contact c join child ch on ch.id = c.child_id
                        where c.outcome is null group by c.child_id, ch.first_name, ch.last_name""")
                .query((rs, n) -> new Holding(rs.getString("child_id"), childName(rs.getString("first_name"), rs.getString("last_name")),
                        "mash", null, "FRONT_DOOR", false, rs.getTimestamp("received").toInstant()))
                .list().forEach(h -> open.merge(List.of(h.team(), h.childId()), h, (a, b) -> a.since().isBefore(b.since()) ? a : b));
        // The latest progress of each child with an open case (child_progress, kept by the chronology).
        Map<String, Instant> lastProgress = new HashMap<>();
        Map<String, String> lastWhat = new HashMap<>();
        for (String openCases : List.of("select distinct child_id from allocation where ended_at is null",
                "select distinct child_id from contact where outcome is null")) {
            db.sql("select p.child_id, p.last_at, p.last_what from child_progress p join (" + openCases + ") o on o.child_id = p.child_id")
                    .query((rs, n) -> {
                        lastProgress.put(rs.getString("child_id"), rs.getTimestamp("last_at").toInstant());
                        lastWhat.put(rs.getString("child_id"), rs.getString("last_what"));
                        return n;
                    })
                    .list();
        }
        List<Holding> stuck = new ArrayList<>();
        Map<String, Instant> since = new HashMap<>();
        for (Holding h : open.values()) {
            Instant from = lastProgress.getOrDefault(h.childId(), h.since());
            if (calendar.workingDaysBetween(WorkingDayCalendar.londonDate(from), today) >= settings.stuckAfterWorkingDays()) {
                stuck.add(h);
                since.put(h.childId(), from);
            }
        }
        return stuck.stream().map(h -> {
                    Instant from = since.get(h.childId());
                    String last = lastWhat.get(h.childId());
                    return new Row(h.childId(), h.childName(), h.team(), last == null ? "Nothing recorded since the case was opened"
                            : "Last recorded: " + last, null, from, calendar.workingDaysBetween(WorkingDayCalendar.londonDate(from), today),
                            null, heldBy.apply(h.childId()));
                })
                .sorted(Comparator.comparing(Row::since).thenComparing(Row::childId)).toList();
    }

    private List<Row> unallocated(List<Holding> holdings, LocalDate today, Function<String, String> heldBy, Map<String, Worker> workers,
                                  Map<String, String> teamNames) {
        List<Row> rows = new ArrayList<>();
        Set<String> beingAllocated = new HashSet<>();
        for (OpenTask task : work.waitingForAllocation()) {
            if (task.childId() == null) {
                continue;
            }
            beingAllocated.add(task.childId());
            rows.add(new Row(task.childId(), task.childName(), task.team(), "Handed over for " + task.stage() + ": no named worker yet", null,
                    task.created(), calendar.workingDaysBetween(WorkingDayCalendar.londonDate(task.created()), today),
                    workWith(task, workers, teamNames), heldBy.apply(task.childId())));
        }
        Map<String, List<Holding>> byChild = holdings.stream().collect(Collectors.groupingBy(Holding::childId, LinkedHashMap::new, Collectors.toList()));
        byChild.forEach((childId, held) -> {
            if (!beingAllocated.contains(childId) && held.stream().allMatch(h -> h.worker() == null)) {
                for (Holding h : held) {
                    rows.add(new Row(childId, h.childName(), h.team(), "Held by the team with no named worker", null, h.since(),
                            calendar.workingDaysBetween(WorkingDayCalendar.londonDate(h.since()), today), teamNames.getOrDefault(h.team(), h.team()),
                            heldBy.apply(childId)));
                }
            }
        });
        rows.sort(Comparator.comparing(Row::since).thenComparing(Row::childId));
        return rows;
    }

    private List<Row> escalations(LocalDate today, Function<String, String> heldBy, Map<String, Worker> workers, Map<List<String>, String> labels) {
        return work.openEscalations().stream().filter(e -> e.childId() != null)
                .map(e -> new Row(e.childId(), e.childName(), e.team(),
                        "'" + e.work() + "' overdue since " + (e.workDue() == null ? "?" : Moments.dayAndTime(e.workDue()))
                                + ": escalated to the " + e.escalatedTo() + (e.level() == 2 ? " (second escalation)" : " (first escalation)"),
                        e.clock() == null ? null : clockLabel(e.clock(), null, labels), e.raisedAt(),
                        calendar.workingDaysBetween(WorkingDayCalendar.londonDate(e.raisedAt()), today),
                        e.assignee() == null ? "Not yet taken (" + e.escalatedTo() + ")" : name(e.assignee(), workers), heldBy.apply(e.childId())))
                .sorted(Comparator.comparing(Row::since).thenComparing(Row::childId)).toList();
    }

    private List<Holding> holdings() {
        return db.sql("""
                        select a.child_id, a.team_code, a.worker_username, a.status, a.manager_held, a.started_at, c.first_name, c.last_name
                        from allocation a join child c on c.id = a.child_id where a.ended_at is null order by a.started_at, a.id""")
                .query((rs, n) -> new Holding(rs.getString("child_id"), childName(rs.getString("first_name"), rs.getString("last_name")),
                        rs.getString("team_code"), rs.getString("worker_username"), rs.getString("status"), rs.getBoolean("manager_held"),
                        rs.getTimestamp("started_at").toInstant()))
                .list();
    }

    /**
     * "Which clock": the timescale named on the task, its length from the council's timescale table (for the variant the
     * task was given, such as the RAG rating) and what it runs from, e.g. "Single assessment: 45 working days from the referral".
     */
    private String clockLabel(OpenTask task, Map<List<String>, String> labels) {
        if (task.clock() == null) {
            return "Due date set in the model";
        }
        String label = clockLabel(task.clock(), task.clockVariant(), labels);
        return task.clockFrom() == null ? label : label + " from " + FROM.getOrDefault(task.clockFrom(), task.clockFrom());
    }

    private static final Map<String, String> FROM = Map.of("referralDate", "the referral", "handedOverAt", "the handover",
            "contactReceivedAt", "the contact", "closedAt", "closure", "concernRaisedAt", "the concern", "icpcDate", "the initial conference",
            "lastConferenceDate", "the last conference", "lastStrategyDiscussion", "the last strategy discussion", "returnedAt", "the child's return");

    private String clockLabel(String clockName, String variant, Map<List<String>, String> labels) {
        List<String> key = java.util.Arrays.asList(clockName, variant);
        String label = labels.get(key);
        if (label == null) {
            label = clockLabel(clockName, variant);
            labels.put(key, label);
        }
        return label;
    }

    private String clockLabel(String clockName, String variant) {
        String name = clockName.substring(0, 1).toUpperCase(Locale.UK) + clockName.substring(1).replace('-', ' ');
        try {
            return name + ": " + timescales.timescale(clockName, variant) + (variant == null ? "" : " (" + variant + ")");
        } catch (IllegalStateException noRow) {
            return name;
        }
    }

    private static String workWith(OpenTask task, Map<String, Worker> workers, Map<String, String> teamNames) {
        if (task.assignee() != null) {
            return name(task.assignee(), workers);
        }
        return "Not yet taken (" + (task.team() == null ? "team" : teamNames.getOrDefault(task.team(), task.team())) + " queue)";
    }

    private static String heldBy(List<Holding> holdings, Map<String, Worker> workers, Map<String, String> teamNames) {
        if (holdings.isEmpty()) {
            return "No one yet (not allocated)";
        }
        return holdings.stream().map(h -> {
            String team = teamNames.getOrDefault(h.team(), h.team());
            if (h.worker() == null) {
                return team + " (no named worker)";
            }
            return name(h.worker(), workers) + ", " + team + ("RECEIVING".equals(h.status()) ? ", receiving" : "") + (h.managerHeld() ? ", manager" : "");
        }).distinct().collect(Collectors.joining("; "));
    }

    private static String teamOf(String username, Map<String, Worker> workers) {
        Worker w = username == null ? null : workers.get(username);
        return w == null ? null : w.teamCode();
    }

    private static String name(String username, Map<String, Worker> workers) {
        Worker w = workers.get(username);
        return w == null ? username : w.fullName();
    }

    static String childName(String first, String last) {
        return Objects.toString(first, "").isBlank() ? last : first + " " + last;
    }
}
