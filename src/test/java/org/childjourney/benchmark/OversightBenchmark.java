package org.childjourney.benchmark;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.childjourney.handover.HandOffs;
import org.childjourney.oversight.Oversight;
import org.childjourney.oversight.OversightMetrics;
import org.childjourney.workforce.Worker;
import org.childjourney.workforce.Workforce;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Not a test: how long the oversight pages, their API and the Prometheus scrape take with N open journeys (default
 * 5,000). Generating 5,000 journeys step by step from the front door takes hours here (docs/benchmarks.md), so each
 * journey starts at the hand-off into the single assessment, through the real models and listeners: the MASH's hand-off
 * (hand_off, the MASH holding the case, the chronology), then the assessment stage by its start message (handover, its
 * allocation task and deadline watch). Referrals are spread over the last 50 days, so many deadlines have passed.
 * A quarter wait for allocation; of the rest, most have the handover recorded and the child to be seen, some are still
 * being received, one in 50 is held by the team manager. Half go to First Response, a quarter each to CIN North and
 * South. Each child has 8 more chronology entries. The escalation timers then run, as the job executor would.
 * The engine keeps no history here (generation is several times faster; the oversight reads only runtime tables and the
 * app's own); {@code -Dbenchmark.history-level=full} keeps it, as the app does.
 * Run with {@code mvn -B test -Dtest=OversightBenchmark -Djourneys=5000 -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:child-journey-oversight-benchmark;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false", "logging.level.root=WARN", "camunda.bpm.history-level=${benchmark.history-level:none}"})
@ActiveProfiles("demo")
@AutoConfigureObservability
class OversightBenchmark {

    private static final String[][] TEAMS = {
            {"first-response", "fr.sw", "fr.senior", "fr.manager"}, {"first-response", "fr.senior", "fr.sw", "fr.manager"},
            {"cin-north", "cinn.sw", "cinn.senior", "cinn.manager"}, {"cin-south", "cins.sw", "cins.sw", "cins.manager"}};

    @Autowired
    ProcessEngine engine;
    @Autowired
    Workforce workforce;
    @Autowired
    HandOffs handOffs;
    @Autowired
    JdbcClient db;
    @Autowired
    Oversight oversight;
    @Autowired
    OversightMetrics metrics;
    @Autowired
    org.childjourney.oversight.OversightWork work;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void measure() throws Exception {
        BpmnAwareTests.init(engine);
        int journeys = Integer.getInteger("journeys", 5000);
        for (Worker w : workforce.workers()) {   // capacity is not what is measured here
            workforce.save(new Worker(w.username(), w.fullName(), w.role(), w.teamCode(), w.registrationStatus(), w.sweRegistration(), 100_000, true));
        }
        Instant now = Instant.now();
        long start = System.nanoTime();
        for (int i = 0; i < journeys; i++) {
            String[] team = TEAMS[i % 4];
            Instant referred = now.minus(Duration.ofDays(i % 50)).minus(Duration.ofMinutes(i % 300));
            ClockUtil.setCurrentTime(Date.from(referred));
            String childId = "BN" + (100000 + i);
            db.sql("insert into child (id, first_name, last_name, unborn, date_of_birth, sex, ethnicity, disability, created_at) values (?, ?, ?, false, ?, 'F', 'WBRI', 'NONE', ?)")
                    .params(childId, "Bench" + i, "Oversight", LocalDate.of(2015, 1, 1).plusDays(i % 3000), Timestamp.from(referred)).update();
            handOffs.record(childId, null, null, "mash", team[0], "HandedToAssessment", "Referral for a single assessment", referred, "bench", null);
            Map<String, Object> variables = new HashMap<>();
            variables.put("childId", childId);
            variables.put("childName", "Bench" + i + " Oversight");
            variables.put("referralDate", Date.from(referred));
            variables.put("assessmentPriority", "standard");
            variables.put("handoverFrom", "mash");
            variables.put("holdingTeam", team[0]);
            variables.put("handedOverAt", Date.from(referred));
            engine.getRuntimeService().createMessageCorrelation("assessment-hand-off").processInstanceBusinessKey(childId)
                    .setVariables(variables).correlateStartMessage();
            if (i % 4 != 3) {
                String worker = i % 50 == 1 ? team[3] : (i % 8 < 4 ? team[1] : team[2]);
                complete(childId, "AllocateNamedWorker", Map.of("allocatedWorker", worker));
                if (i % 10 != 2) {
                    complete(childId, "RecordHandover", Map.of("handoverKind", "meeting", "handoverDate", LocalDate.ofInstant(referred, java.time.ZoneOffset.UTC).toString(),
                            "receivingWorkerPresent", true, "handoverNotes", "Handover meeting held."));
                }
            }
            for (int e = 0; e < 8; e++) {
                db.sql("insert into chronology_entry (child_id, occurred_at, entry_type, what, who) values (?, ?, 'DECISION', ?, 'bench')")
                        .params(childId, Timestamp.from(referred.minus(Duration.ofDays(30 + e))), "Earlier entry " + e).update();
            }
            if (i % 500 == 499) {
                System.out.printf("%d journeys in %d s%n", i + 1, (System.nanoTime() - start) / 1_000_000_000);
            }
        }
        ClockUtil.reset();
        long timers = 0;
        List<Job> due;
        while (!(due = engine.getManagementService().createJobQuery().executable().timers().listPage(0, 500)).isEmpty()) {
            for (Job job : due) {
                engine.getManagementService().executeJob(job.getId());
                timers++;
            }
        }
        long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
        long tasks = engine.getTaskService().createTaskQuery().count();
        long chronology = db.sql("select count(*) from chronology_entry").query(Long.class).single();
        System.out.printf("%nGenerated %d journeys (%d process instances incl. escalation watches, %d open tasks, %d chronology entries, "
                + "%d timers run) in %d s%n", journeys, instances, tasks, chronology, timers, (System.nanoTime() - start) / 1_000_000_000);

        Oversight.Snapshot snapshot = oversight.snapshot();
        for (var figure : org.childjourney.oversight.Figure.values()) {
            System.out.printf("  %-14s %s%n", figure.slug(), snapshot.count(figure, List.of("first-response", "cin-north", "cin-south", "mash")));
        }
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            oversight.snapshot();
            long snap = (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            int dueBy = work.dueBy(Instant.now().plus(Duration.ofDays(7))).size();
            long dueByMs = (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            int escalations = work.openEscalations().size();
            long escalationMs = (System.nanoTime() - t) / 1_000_000;
            System.out.printf("One snapshot (every figure, every team), in the JVM: %d ms; of which tasks due within 7 days (%d): %d ms, "
                    + "open escalations (%d): %d ms%n", snap, dueBy, dueByMs, escalations, escalationMs);
        }
        long t;

        time("Board, fr.manager (First Response)", "/oversight", "fr.manager");
        time("Board, hos (every team)", "/oversight", "hos");
        time("Overdue list, First Response (fr.manager)", "/oversight/overdue?team=first-response", "fr.manager");
        time("Stuck list, CIN North (cinn.manager)", "/oversight/stuck?team=cin-north", "cinn.manager");
        time("Unallocated list, every team (hos)", "/oversight/unallocated", "hos");
        time("Escalations list, First Response (fr.manager)", "/oversight/escalations?team=first-response", "fr.manager");
        time("Caseloads, every team (hos)", "/caseloads", "hos");
        time("API board, every team (hos)", "/api/oversight", "hos");
        time("API overdue, every team (hos)", "/api/oversight/overdue", "hos");
        time("Prometheus scrape (cached snapshot)", "/actuator/prometheus", "monitoring");
        t = System.nanoTime();
        metrics.refresh();
        System.out.printf("Prometheus snapshot refresh: %d ms%n", (System.nanoTime() - t) / 1_000_000);
        System.out.printf("fr.sw holds %d children here%n", db.sql("select count(distinct child_id) from allocation where worker_username = 'fr.sw' and ended_at is null")
                .query(Integer.class).single());
        time("If fr.sw left (fr.manager)", "/caseloads/workers/fr.sw/leaving", "fr.manager");
    }

    private void complete(String childId, String taskKey, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(childId).taskDefinitionKey(taskKey).singleResult();
        engine.getTaskService().complete(task.getId(), variables);
    }

    private void time(String what, String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).build();
        for (int i = 0; i < 3; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        List<Long> millis = new ArrayList<>();
        int status = 0;
        int bytes = 0;
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - t) / 1_000_000);
            status = response.statusCode();
            bytes = response.body().length();
        }
        Collections.sort(millis);
        System.out.printf("%-48s HTTP %d, %7d chars: median %4d ms, 95th %4d ms, max %4d ms%n", what, status, bytes,
                millis.get(10), millis.get(18), millis.get(19));
    }
}
