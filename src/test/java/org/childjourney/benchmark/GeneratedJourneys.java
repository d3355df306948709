package org.childjourney.benchmark;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childjourney.allocation.Allocations;
import org.childjourney.calendar.WorkingDayCalendar;
import org.childjourney.frontdoor.FrontDoorProcessTest;
import org.childjourney.workforce.RegistrationStatus;
import org.childjourney.workforce.Role;
import org.childjourney.workforce.Worker;
import org.childjourney.workforce.Workforce;
import org.childjourney.workforce.engine.CamundaIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.childjourney.calendar.WorkingDayCalendar.LONDON;

/**
 * Generates N open journeys through the real models, into a file H2 database under {@code target/benchmark-<n>/} that
 * later runs reuse (a benchmark and its re-runs, or another benchmark of the same size, do not generate again).
 *
 * <p>The journeys are spread across every stage (MASH screening and decisions, domestic abuse triage, assessment from
 * allocation to authorisation, child in need, child protection before and after the initial conference, early help),
 * over the demo council's teams and a realistic number of generated workers (about 22 children each; the demo
 * workers {@code fr.sw} and {@code cinn.sw} are the busiest, at their capacity), with a few
 * cases held by managers and some waiting for allocation. Each journey starts on a working day in the last months and
 * every step runs at its own (working) moment on the engine clock, in time order across all journeys; timers fall due
 * as the job executor would run them, so work left past its deadline has escalations raised.
 *
 * <p>Use from a Spring test of the application: {@link #databaseUrl(int)} as {@code spring.datasource.url} (see
 * {@link JourneysBenchmark}), then {@link #ensure}. Same seed, same journeys (dates move with the day it runs).
 */
public final class GeneratedJourneys {

    /** Where each journey is left, with its share of the N journeys (in per mille). */
    public enum Stage {
        MASH_SCREENING(120), MASH_DECISION(50), DA_TRIAGE(50),
        ASSESSMENT_UNALLOCATED(40), ASSESSMENT_HANDOVER(30), ASSESSMENT_SEE_CHILD(70), ASSESSMENT_IN_PROGRESS(70), ASSESSMENT_AUTHORISATION(30),
        CIN_UNALLOCATED(30), CIN_PLAN(40), CIN_ACTIVE(160),
        CP_STRATEGY(30), CP_SECTION_47(20), CP_CONFERENCE(20), CP_PLAN(120),
        EARLY_HELP_UNALLOCATED(20), EARLY_HELP(100);

        final int perMille;

        Stage(int perMille) {
            this.perMille = perMille;
        }
    }

    /** What a benchmark needs to know about the generated data: counts, and the people and children worth measuring. */
    public record Summary(int journeys, long generationSeconds, Map<String, String> facts) {

        public String fact(String name) {
            String value = facts.get(name);
            if (value == null) {
                throw new IllegalStateException("The generated data records no '" + name + "': regenerate (delete " + directory(journeys) + ")");
            }
            return value;
        }
    }

    private static final String MARKER = "generated.properties";
    private static final long SEED = 20261122L;
    private static final LocalTime OPENS = LocalTime.of(9, 15);
    private static final int WORKING_MINUTES = 7 * 60 + 30;
    /** Children per generated worker, roughly what councils aim for. */
    private static final int CASELOAD = 22;
    private static final List<String> BUSY = List.of("fr.sw", "cinn.sw");
    private static final String[] FIRST_NAMES = {"Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia", "Leo", "Ivy", "Arthur", "Freya",
            "Muhammad", "Lily", "Harry", "Florence", "Oscar", "Sophia", "Theo", "Willow", "Jack", "Rosie", "Alfie", "Evie", "Charlie", "Maya",
            "Finley", "Aisha", "Kai", "Zara", "Ethan", "Ruby", "Tyler", "Nia", "Reuben", "Esme", "Kacper", "Amara", "Jayden", "Priya", "Logan"};
    /** Common names, for realistic matches when a contact looks for a known child; marked as made up by a "-Benchmark" suffix. */
    private static final String[] LAST_NAMES = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Khan",
            "Lewis", "Hughes", "Ahmed", "Nowak", "Okafor", "Begum", "Murphy", "Kaur", "Scott", "Turner", "Hill", "Moore", "Cooper", "Ward",
            "Morris", "King", "Baker", "Harris"};

    private final ProcessEngine engine;
    private final Workforce workforce;
    private final Allocations allocations;
    private final CamundaIdentity identity;
    private final JdbcClient db;
    private final WorkingDayCalendar calendar = new WorkingDayCalendar();
    private final Random random = new Random(SEED);
    private final Map<String, List<Worker>> workersOf = new HashMap<>();
    private final Map<Stage, Integer> made = new EnumMap<>(Stage.class);
    private final Map<String, String> facts = new LinkedHashMap<>();
    private int stepsRun;
    private int timersRun;

    public GeneratedJourneys(ProcessEngine engine, Workforce workforce, Allocations allocations, CamundaIdentity identity, JdbcClient db) {
        this.engine = engine;
        this.db = db;
        this.workforce = workforce;
        this.allocations = allocations;
        this.identity = identity;
    }

    public static Path directory(int journeys) {
        return Paths.get("target", "benchmark-" + journeys).toAbsolutePath();
    }

    /**
     * The JDBC URL of the generated database for N journeys. A directory left by a generation that did not finish is
     * deleted first, so the next run starts clean.
     */
    public static String databaseUrl(int journeys) {
        Path dir = directory(journeys);
        if (Files.isDirectory(dir) && !Files.exists(dir.resolve(MARKER))) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // The settings of the application's own H2 URL (application.yaml), where they are explained. Without
        // AUTO_COMPACT_FILL_RATE=0, H2 2.3.232's background compaction failed an internal check on this 9 GB file
        // ("AssertionError: 8926068736 != 8853598208", h2database issue 4048) and closed the database mid-benchmark.
        return "jdbc:h2:file:" + dir.resolve("child-journey") + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_COMPACT_FILL_RATE=0;CACHE_SIZE=262144";
    }

    /** The generated journeys: read from the database's marker if it already holds them, otherwise generated now. */
    public Summary ensure(int journeys) {
        Path marker = directory(journeys).resolve(MARKER);
        if (Files.exists(marker)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(marker)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> known = new LinkedHashMap<>();
            p.stringPropertyNames().stream().sorted().forEach(name -> known.put(name, p.getProperty(name)));
            int due = runDueTimers(); // as the job executor would have done since the data was generated
            System.out.printf("Reusing %d generated journeys from %s (generated %s in %s s; %d timers fell due since)%n", journeys,
                    directory(journeys), known.get("generatedAt"), known.get("generationSeconds"), due);
            return new Summary(journeys, Long.parseLong(known.get("generationSeconds")), known);
        }
        long start = System.nanoTime();
        generate(journeys);
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        facts.put("journeys", String.valueOf(journeys));
        facts.put("generatedAt", Instant.now().toString());
        facts.put("generationSeconds", String.valueOf(seconds));
        Properties p = new Properties();
        p.putAll(facts);
        try (Writer out = Files.newBufferedWriter(marker)) {
            p.store(out, "Generated by " + GeneratedJourneys.class.getName() + "; delete this directory to generate again");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Summary(journeys, seconds, Map.copyOf(facts));
    }

    // --- generation ---------------------------------------------------------------------------------------------

    /** A step of a journey, {@code minGap} to {@code maxGap} working days after the one before (0: the same day). */
    private record Planned(int minGap, int maxGap, Consumer<Journey> action) {
    }

    private record Step(Instant at, Journey journey, Consumer<Journey> action) {
    }

    /** One child's journey: its steps so far, the process instances it went through, the worker it was given. */
    private final class Journey {
        final int number;
        final Stage stage;
        final List<Planned> steps = new ArrayList<>();
        volatile String frontDoor;
        volatile String stageInstance;
        volatile String childId;
        volatile String worker;

        Journey(int number, Stage stage) {
            this.number = number;
            this.stage = stage;
        }

        void then(int minGap, int maxGap, Consumer<Journey> action) {
            steps.add(new Planned(minGap, maxGap, action));
        }
    }

    /**
     * Runs the steps of all journeys in time order. The engine clock moves an hour at a time; within the hour the steps
     * of different journeys may run on several threads ({@code -Dbenchmark.threads}; each journey's own steps in order,
     * on one thread), so the clock every step reads is the start of its hour. Between hours, timers that fell due run,
     * as the job executor would.
     */
    private void generate(int journeys) {
        Instant now = Instant.now();
        List<Journey> all = plan(journeys);
        addWorkers(all);
        List<Step> steps = new ArrayList<>();
        for (Journey journey : all) {
            List<Instant> times = timesFor(journey, now);
            for (int i = 0; i < journey.steps.size(); i++) {
                steps.add(new Step(times.get(i), journey, journey.steps.get(i).action()));
            }
        }
        steps.sort(Comparator.comparing(Step::at).thenComparing(s -> s.journey().number));
        // One thread by default: with four, H2 2.3.232's file store failed an internal check ("AssertionError: 710316032 !=
        // 679501824") after 2,000 steps and the generated data could not be trusted. Two ran 700 steps without trouble.
        int threads = Integer.getInteger("benchmark.threads", 1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long chunkStart = start;
        int chunkFrom = 0;
        try {
            int i = 0;
            while (i < steps.size()) {
                Instant hour = steps.get(i).at().truncatedTo(ChronoUnit.HOURS);
                Map<Journey, List<Step>> byJourney = new LinkedHashMap<>();
                while (i < steps.size() && steps.get(i).at().truncatedTo(ChronoUnit.HOURS).equals(hour)) {
                    byJourney.computeIfAbsent(steps.get(i).journey(), j -> new ArrayList<>()).add(steps.get(i));
                    i++;
                }
                ClockUtil.setCurrentTime(Date.from(hour));
                timersRun += runDueTimers();
                List<Callable<Void>> work = new ArrayList<>();
                for (List<Step> ofJourney : byJourney.values()) {
                    work.add(() -> {
                        ofJourney.forEach(this::run);
                        return null;
                    });
                }
                for (Future<Void> done : pool.invokeAll(work)) {
                    done.get();
                }
                if (i / 2000 > chunkFrom / 2000 || i == steps.size()) {
                    long t = System.nanoTime();
                    System.out.printf("  %6d of %d steps, %5d s, %6.1f ms a step over the last %d, %d open process instances (simulated %s)%n",
                            i, steps.size(), (t - start) / 1_000_000_000, (t - chunkStart) / 1e6 / (i - chunkFrom), i - chunkFrom,
                            engine.getRuntimeService().createProcessInstanceQuery().count(), hour);
                    chunkStart = t;
                    chunkFrom = i;
                }
            }
            stepsRun = steps.size();
            ClockUtil.setCurrentTime(Date.from(now));
            timersRun += runDueTimers();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            ClockUtil.reset();
        }
        recordFacts(all);
    }

    private void run(Step step) {
        try {
            try {
                step.action().accept(step.journey());
            } catch (OptimisticLockingException e) {
                // Two journeys' steps met on a shared engine row in the same hour: the step was rolled back, run it again.
                step.action().accept(step.journey());
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("Journey " + step.journey().number + " (" + step.journey().stage + ") failed at "
                    + step.at() + ": " + e.getMessage(), e);
        }
    }

    /** The journeys, in a shuffled but fixed order of stages. */
    private List<Journey> plan(int journeys) {
        List<Stage> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            long share = Math.round(journeys * stage.perMille / 1000.0);
            for (int i = 0; i < share && stages.size() < journeys; i++) {
                stages.add(stage);
            }
        }
        while (stages.size() < journeys) {
            stages.add(Stage.CIN_ACTIVE);
        }
        Collections.shuffle(stages, random);
        List<Journey> all = new ArrayList<>();
        for (int i = 0; i < journeys; i++) {
            Journey journey = new Journey(i, stages.get(i));
            buildSteps(journey);
            made.merge(journey.stage, 1, Integer::sum);
            all.add(journey);
        }
        return all;
    }

    /** The steps that bring a journey to its stage, with the usual gaps between them (mostly within their timescales). */
    private void buildSteps(Journey j) {
        switch (j.stage) {
            case MASH_SCREENING -> j.then(0, 0, this::contact);
            case DA_TRIAGE -> j.then(0, 0, this::policeNotification);
            case MASH_DECISION -> {
                j.then(0, 0, this::contact);
                j.then(0, 1, jj -> completeFrontDoor(jj, FrontDoorProcessTest.screening("3", false, "yes")));
            }
            case ASSESSMENT_UNALLOCATED, ASSESSMENT_HANDOVER, ASSESSMENT_SEE_CHILD, ASSESSMENT_IN_PROGRESS, ASSESSMENT_AUTHORISATION,
                 CIN_UNALLOCATED, CIN_PLAN, CIN_ACTIVE -> {
                frontDoorTo(j, "referral", "3", false, "yes", "single-assessment");
                if (j.stage == Stage.ASSESSMENT_UNALLOCATED) {
                    return;
                }
                j.then(0, 1, this::allocate);
                if (j.stage == Stage.ASSESSMENT_HANDOVER) {
                    return;
                }
                j.then(0, 2, this::recordHandover);
                if (j.stage == Stage.ASSESSMENT_SEE_CHILD) {
                    return;
                }
                j.then(1, 4, jj -> complete(jj.stageInstance, "SeeTheChild", Map.of("childSeenOn", today(), "childSeenAlone", "yes",
                        "childSeenNotes", "Seen at home.")));
                if (j.stage == Stage.ASSESSMENT_IN_PROGRESS) {
                    return;
                }
                j.then(10, 35, jj -> complete(jj.stageInstance, "CompleteAssessment", Map.of("primaryNeed", "N1", "assessmentFactors", "21",
                        "familyHistoryConsidered", true, "assessmentAnalysis", "Analysis.", "recommendedOutcome", "cin-plan")));
                if (j.stage == Stage.ASSESSMENT_AUTHORISATION) {
                    return;
                }
                String cinTeam = cinTeamOf(j);
                j.then(1, 4, jj -> {
                    complete(jj.stageInstance, "AuthoriseAssessment", Map.of("assessmentOutcome", "cin-plan", "authorisationNote", "Agreed.",
                            "cinTeam", cinTeam));
                    jj.stageInstance = stage("child-in-need", jj.childId);
                });
                if (j.stage == Stage.CIN_UNALLOCATED) {
                    return;
                }
                j.then(0, 1, this::allocate);
                j.then(0, 2, this::recordHandover);
                if (j.stage == Stage.CIN_PLAN) {
                    return;
                }
                j.then(2, 8, jj -> complete(jj.stageInstance, "WritePlan", Map.of("cinPlanStartDate", today(), "cinPlanSummary", "Plan.")));
                for (int visits = random.nextInt(4); visits > 0; visits--) {
                    j.then(10, 19, jj -> complete(jj.stageInstance, "VisitChild", Map.of("visitDate", today(), "childSeen", "yes",
                            "childSeenAlone", "yes", "visitNotes", "Visit notes.", "visitOutcome", "continue")));
                }
            }
            case CP_STRATEGY, CP_SECTION_47, CP_CONFERENCE, CP_PLAN -> {
                frontDoorTo(j, "strategy-discussion", "4", true, "not-sought", "child-protection");
                j.then(0, 0, this::allocate);
                j.then(0, 0, this::recordHandover);
                if (j.stage == Stage.CP_STRATEGY) {
                    return;
                }
                j.then(0, 1, jj -> complete(jj.stageInstance, "HoldStrategyDiscussion", Map.of("strategyDiscussionDate", today(),
                        "strategyAttendees", "Police, health, social care", "strategyDecision", "s47", "strategyNotes", "Notes.")));
                if (j.stage == Stage.CP_SECTION_47) {
                    return;
                }
                j.then(3, 9, jj -> complete(jj.stageInstance, "Section47Enquiry", Map.of("s47Findings", "Findings.", "s47Outcome", "icpc")));
                if (j.stage == Stage.CP_CONFERENCE) {
                    return;
                }
                j.then(3, 12, jj -> complete(jj.stageInstance, "HoldInitialConference", Map.of("icpcDate", today(), "cpPlanDecision", "plan",
                        "abuseCategory", jj.number % 3 == 0 ? "EMO" : "NEG", "icpcNotes", "Plan.")));
                if (random.nextInt(3) > 0) {
                    j.then(3, 9, jj -> complete(jj.stageInstance, "FirstCoreGroup", Map.of("coreGroupDate", today(), "coreGroupNotes", "Outline plan agreed.")));
                }
                for (int visits = random.nextInt(4); visits > 0; visits--) {
                    j.then(5, 10, jj -> complete(jj.stageInstance, "ChildProtectionVisit", Map.of("visitDate", today(), "childSeen", "yes",
                            "childSeenAlone", "yes", "visitNotes", "Seen at home.")));
                }
            }
            case EARLY_HELP_UNALLOCATED, EARLY_HELP -> {
                frontDoorTo(j, "early-help", "2", false, "yes", "early-help");
                if (j.stage == Stage.EARLY_HELP_UNALLOCATED) {
                    return;
                }
                j.then(0, 1, this::allocate);
                j.then(0, 3, this::recordHandover);
                if (random.nextBoolean()) {
                    j.then(3, 9, jj -> complete(jj.stageInstance, "AgreeEarlyHelpPlan", Map.of("earlyHelpPlanDate", today(), "earlyHelpPlan", "Routines, school.")));
                }
            }
        }
    }

    /** Contact, screening and the MASH manager's decision, which starts {@code nextStage}; the referrer is told (mostly). */
    private void frontDoorTo(Journey j, String pathway, String levelOfNeed, boolean significantHarm, String consent, String nextStage) {
        j.then(0, 0, this::contact);
        j.then(0, 1, jj -> completeFrontDoor(jj, FrontDoorProcessTest.screening(levelOfNeed, significantHarm, consent)));
        j.then(0, 1, jj -> {
            completeFrontDoor(jj, FrontDoorProcessTest.decision(pathway, "Decided on the screening."));
            jj.stageInstance = stage(nextStage, jj.childId);
        });
        if (random.nextInt(10) > 0) {
            j.then(0, 2, jj -> complete(jj.frontDoor, "TellReferrer", Map.of("feedbackMethod", "secure-email", "feedbackSummary", "Outcome explained.")));
        }
    }

    private static String cinTeamOf(Journey j) {
        return j.number % 10 < 4 ? "cin-north" : (j.number % 10 < 8 ? "cin-south" : "cwd");
    }

    /**
     * When each step happens: the last one mostly in the last two working days, for some a week or two ago, for a few
     * over a month ago (their open work is overdue now); the earlier ones their gaps before it, in office hours.
     */
    private List<Instant> timesFor(Journey j, Instant now) {
        int roll = random.nextInt(20);
        int lag = roll < 15 ? random.nextInt(3) : (roll < 18 ? 3 + random.nextInt(8) : 15 + random.nextInt(25));
        LocalDate today = LocalDate.ofInstant(now, LONDON);
        LocalDate day = back(today, lag);
        List<Instant> times = new ArrayList<>();
        for (int i = j.steps.size() - 1; i >= 0; i--) {
            ZonedDateTime at = day.atTime(OPENS).plusMinutes(random.nextInt(WORKING_MINUTES)).atZone(LONDON);
            if (at.toInstant().isAfter(now)) {
                at = now.minus(Duration.ofMinutes(5L * (j.steps.size() - i))).atZone(LONDON);
            }
            times.add(0, at.toInstant());
            Planned step = j.steps.get(i);
            day = back(day, step.minGap() + random.nextInt(step.maxGap() - step.minGap() + 1));
        }
        // Same-day steps in their order: each at least a minute after the one before.
        for (int i = 1; i < times.size(); i++) {
            if (!times.get(i).isAfter(times.get(i - 1))) {
                times.set(i, times.get(i - 1).plusSeconds(60));
            }
        }
        return times;
    }

    /** The working day {@code workingDays} working days before {@code day} (itself if 0 and a working day). */
    private LocalDate back(LocalDate day, int workingDays) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        for (int n = 0; n < workingDays; n++) {
            d = d.minusDays(1);
            while (!calendar.isWorkingDay(d)) {
                d = d.minusDays(1);
            }
        }
        return d;
    }

    // --- the steps --------------------------------------------------------------------------------------------------

    private void contact(Journey j) {
        j.frontDoor = engine.getRuntimeService().startProcessInstanceByKey("front-door", contactVariables(j, false)).getId();
    }

    private void policeNotification(Journey j) {
        j.frontDoor = engine.getRuntimeService().startProcessInstanceByKey("front-door", contactVariables(j, true)).getId();
    }

    private Map<String, Object> contactVariables(Journey j, boolean police) {
        String received = ClockUtil.getCurrentTime().toInstant().minus(Duration.ofMinutes(30)).toString();
        Map<String, Object> v = police
                ? FrontDoorProcessTest.policeNotification(received, j.number % 2 == 0 ? "medium" : "standard")
                : FrontDoorProcessTest.contact(received, "Generated concern " + j.number + ": school worried about attendance and bruising.");
        v.put("concerns", (police ? "Police attended a domestic incident; child present. Generated " : "Generated concern ") + j.number + ".");
        Random names = new Random(SEED + j.number);
        v.put("childFirstName", FIRST_NAMES[names.nextInt(FIRST_NAMES.length)]);
        v.put("childLastName", LAST_NAMES[names.nextInt(LAST_NAMES.length)] + "-Benchmark");
        v.put("childDateOfBirth", LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON).minusDays(200 + names.nextInt(17 * 365)).toString());
        v.put("childSex", names.nextBoolean() ? "F" : "M");
        v.put("urgency", j.number % 7 == 0 ? "red" : (j.number % 3 == 0 ? "green" : "amber"));
        return v;
    }

    private void completeFrontDoor(Journey j, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(j.frontDoor).singleResult();
        complete(task, variables);
        if (j.childId == null) {
            j.childId = (String) engine.getRuntimeService().getVariable(j.frontDoor, "childId");
        }
    }

    /**
     * The receiving team's manager allocates: now and then to themselves (a manager-held case), otherwise the busy demo
     * worker while they have room, else the least loaded worker with room. Nobody is allocated above capacity: see
     * {@link #pickWorker} for why.
     */
    private synchronized void allocate(Journey j) {
        ProcessInstance handover = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(j.stageInstance).singleResult();
        String team = (String) engine.getRuntimeService().getVariable(handover.getId(), "holdingTeam");
        String worker = random.nextInt(40) == 0 ? workforce.managerOf(team).orElseThrow() : pickWorker(team);
        complete(task(handover.getId(), "AllocateNamedWorker"), Map.of("allocatedWorker", worker));
        j.worker = worker;
    }

    private void recordHandover(Journey j) {
        ProcessInstance handover = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(j.stageInstance).singleResult();
        complete(task(handover.getId(), "RecordHandover"), Map.of("handoverKind", "meeting", "handoverDate", today(),
                "receivingWorkerPresent", true, "handoverNotes", "Handover meeting held."));
    }

    private String stage(String processKey, String childId) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(childId).active().singleResult();
        if (instance == null) {
            throw new IllegalStateException("No " + processKey + " started for " + childId);
        }
        return instance.getId();
    }

    private void complete(String processInstanceId, String taskKey, Map<String, Object> variables) {
        complete(task(processInstanceId, taskKey), variables);
    }

    private Task task(String processInstanceId, String taskKey) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("No open '" + taskKey + "' in " + processInstanceId);
        }
        return task;
    }

    /** Completes as a practitioner would: work past its due date says why it is late. */
    private void complete(Task task, Map<String, Object> variables) {
        Map<String, Object> v = new HashMap<>(variables);
        if (task.getDueDate() != null && ClockUtil.getCurrentTime().after(task.getDueDate())) {
            v.put("lateReason", "Generated: the team was short-staffed that week.");
        }
        engine.getTaskService().complete(task.getId(), v);
    }

    private static String today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON).toString();
    }

    private int runDueTimers() {
        int run = 0;
        List<Job> due;
        while (!(due = engine.getManagementService().createJobQuery().executable().timers().listPage(0, 500)).isEmpty()) {
            for (Job job : due) {
                engine.getManagementService().executeJob(job.getId());
                run++;
            }
        }
        return run;
    }

    // --- workers ------------------------------------------------------------------------------------------------------

    /** Enough registered social workers (family support workers in early help) for about {@value #CASELOAD} children each. */
    private void addWorkers(List<Journey> all) {
        Map<String, Integer> childrenPerTeam = new HashMap<>();
        for (Journey j : all) {
            String team = switch (j.stage) {
                case MASH_SCREENING, MASH_DECISION, DA_TRIAGE -> null;
                case CIN_PLAN, CIN_ACTIVE -> cinTeamOf(j);
                case EARLY_HELP, EARLY_HELP_UNALLOCATED -> "family-resilience";
                default -> "first-response";
            };
            if (team != null) {
                childrenPerTeam.merge(team, 1, Integer::sum);
            }
        }
        boolean added = false;
        for (var entry : childrenPerTeam.entrySet()) {
            String team = entry.getKey();
            boolean earlyHelp = team.equals("family-resilience");
            List<Worker> pool = new ArrayList<>(workforce.members(team).stream()
                    .filter(w -> w.role() != Role.TEAM_MANAGER && (earlyHelp || w.isRegisteredSocialWorker())).toList());
            // Room for everyone: caseloads of about CASELOAD against a capacity of CASELOAD + 3, plus a quarter spare.
            int needed = entry.getValue() * 5 / 4 / CASELOAD + 1;
            for (int i = pool.size() + 1; i <= needed; i++) {
                String username = team + ".gen" + String.format("%02d", i);
                Worker worker = new Worker(username, "Generated Worker " + i + " (" + team + ")", earlyHelp ? Role.FAMILY_SUPPORT_WORKER : Role.SOCIAL_WORKER,
                        team, earlyHelp ? RegistrationStatus.NOT_REQUIRED : RegistrationStatus.REGISTERED,
                        earlyHelp ? null : "SW-GEN-" + Math.abs(username.hashCode() % 100000), CASELOAD + 3, true);
                workforce.save(worker);
                pool.add(worker);
                added = true;
            }
            workersOf.put(team, pool);
        }
        if (added) {
            identity.provision(workforce.teams(), workforce.workers(), "demo");
        }
    }

    /**
     * The busy demo workers (fr.sw, cinn.sw) while they have room, otherwise the least loaded of the team's workers with
     * room. Never above capacity: a worker allocated above capacity by a manager's override cannot then be given the next
     * statutory task of a child they already hold once their other cases reach their capacity (AllocationGuard counts the
     * other children against the capacity with no override for that child), so a generated journey would stop there.
     */
    private String pickWorker(String team) {
        List<Worker> pool = workersOf.get(team);
        if (pool == null || pool.isEmpty()) {
            throw new IllegalStateException("No workers for team " + team);
        }
        Map<String, Integer> caseloads = new HashMap<>();
        db.sql("select worker_username, count(distinct child_id) from allocation where ended_at is null and team_code = ? group by worker_username")
                .param(team).query((rs, row) -> caseloads.put(rs.getString(1), rs.getInt(2))).list();
        Worker best = null;
        double bestLoad = Double.MAX_VALUE;
        for (Worker w : pool) {
            int caseload = caseloads.getOrDefault(w.username(), 0);
            if (caseload >= w.capacity()) {
                continue;
            }
            if (BUSY.contains(w.username())) {
                return w.username();
            }
            double load = (double) caseload / w.capacity() + random.nextDouble() / 100;
            if (load < bestLoad) {
                bestLoad = load;
                best = w;
            }
        }
        if (best == null) {
            throw new IllegalStateException("Every worker of " + team + " is at capacity: generate more workers");
        }
        return best.username();
    }

    // --- what benchmarks need to know -----------------------------------------------------------------------------------

    private void recordFacts(List<Journey> all) {
        facts.put("steps", String.valueOf(stepsRun));
        facts.put("timersRun", String.valueOf(timersRun));
        made.forEach((stage, count) -> facts.put("stage." + stage, String.valueOf(count)));
        facts.put("openProcessInstances", String.valueOf(engine.getRuntimeService().createProcessInstanceQuery().active().count()));
        facts.put("openTasks", String.valueOf(engine.getTaskService().createTaskQuery().count()));
        facts.put("overdueTasks", String.valueOf(engine.getTaskService().createTaskQuery().dueBefore(new Date()).count()));
        facts.put("openEscalations", String.valueOf(engine.getTaskService().createTaskQuery()
                .taskDefinitionKeyIn("TeamManagerReview", "HeadOfServiceReview").count()));
        facts.put("managerHeldCases", String.valueOf(db.sql("select count(*) from allocation where manager_held and ended_at is null")
                .query(Long.class).single()));
        facts.put("workers", String.valueOf(workforce.workers().size()));
        facts.put("busyWorker", "fr.sw");
        facts.put("busyWorkerChildren", String.valueOf(allocations.caseload("fr.sw")));
        facts.put("teamManager", "fr.manager");
        facts.put("mashOfficer", "mash.officer");
        // The child protection child with the longest story whose worker is a demo sign-in, and likewise in child in need.
        pick(all, Stage.CP_PLAN, "cp");
        pick(all, Stage.CIN_ACTIVE, "cin");
    }

    private void pick(List<Journey> all, Stage stage, String prefix) {
        Journey chosen = all.stream().filter(j -> j.stage == stage && j.worker != null && !j.worker.contains(".gen"))
                .max(Comparator.comparingInt(j -> j.steps.size())).orElseThrow();
        facts.put(prefix + "Child", chosen.childId);
        facts.put(prefix + "Worker", chosen.worker);
    }
}
