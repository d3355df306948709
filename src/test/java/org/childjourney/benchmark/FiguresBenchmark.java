package org.childjourney.benchmark;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.childjourney.Journeys;
import org.childjourney.frontdoor.FrontDoorProcessTest;
import org.childjourney.workforce.Worker;
import org.childjourney.workforce.Workforce;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * Not a test: prints how long the journey map and the performance figures take with N open journeys (default 5,000),
 * generated as {@link PagesBenchmark} does (front door, assessment, child in need, child protection, with their history:
 * decided contacts, authorised assessments, strategy discussions, conferences). Run with
 * {@code mvn -B test -Dtest=FiguresBenchmark -Djourneys=5000 -Dsurefire.failIfNoSpecifiedTests=false}; results in docs/benchmarks.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:child-journey-figures-benchmark;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false", "logging.level.root=WARN"})
@ActiveProfiles("demo")
class FiguresBenchmark {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Workforce workforce;
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
        Journeys steps = new Journeys(engine);
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        String received = Instant.now().minusSeconds(3600).toString();
        String cinChild = null;
        String cpChild = null;
        long start = System.nanoTime();
        for (int i = 0; i < journeys; i++) {
            Map<String, Object> who = new HashMap<>(Map.of("childFirstName", "Bench" + i, "concerns", "Benchmark concern " + i));
            switch (i % 4) {
                case 0 -> engine.getRuntimeService().startProcessInstanceByKey("front-door", contact(received, who));
                case 1 -> steps.handOver(steps.referral(received, who), i % 8 == 1 ? "fr.sw" : "fr.senior", today);
                case 2 -> {
                    ProcessInstance assessment = steps.referral(received, who);
                    steps.assess(assessment, today, "cin-plan", i % 8 == 2 ? "cin-north" : "cin-south");
                    ProcessInstance cin = steps.stage("child-in-need", assessment.getBusinessKey());
                    steps.handOver(cin, i % 8 == 2 ? "cinn.sw" : "cins.sw", today);
                    steps.complete(task("WritePlan", cin), Map.of("cinPlanStartDate", today, "cinPlanSummary", "Plan."));
                    cinChild = assessment.getBusinessKey();
                }
                default -> {
                    ProcessInstance contact = engine.getRuntimeService().startProcessInstanceByKey("front-door", contact(received, who));
                    steps.complete(task(contact), FrontDoorProcessTest.screening("4", true, "not-sought"));
                    steps.complete(task(contact), FrontDoorProcessTest.decision("strategy-discussion", "Significant harm."));
                    String childId = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                            .processInstanceId(contact.getId()).variableName("childId").singleResult().getValue();
                    ProcessInstance cp = steps.stage("child-protection", childId);
                    steps.handOver(cp, "fr.senior", today);
                    steps.complete(task("HoldStrategyDiscussion", cp), Map.of("strategyDiscussionDate", today, "strategyAttendees", "Police",
                            "strategyDecision", "s47", "strategyNotes", "Notes."));
                    steps.complete(task("Section47Enquiry", cp), Map.of("s47Findings", "Findings.", "s47Outcome", "icpc"));
                    steps.complete(task("HoldInitialConference", cp), Map.of("icpcDate", today, "cpPlanDecision", "plan",
                            "abuseCategory", "NEG", "icpcNotes", "Plan."));
                    cpChild = childId;
                }
            }
        }
        long open = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKeyIn(
                "front-door", "single-assessment", "child-in-need", "child-protection").active().count();
        long tasks = engine.getTaskService().createTaskQuery().count();
        System.out.printf("%nGenerated %d journeys (%d open stage instances, %d open tasks) in %d s%n",
                journeys, open, tasks, (System.nanoTime() - start) / 1_000_000_000);

        time("Journey map, front door (head of service)", "/journey-map/front-door", "hos");
        time("Journey map, front door (MASH manager)", "/journey-map/front-door", "mash.manager");
        time("Journey map, child protection (First Response manager)", "/journey-map/child-protection", "fr.manager");
        time("Journey map API, single assessment (head)", "/api/journey-map/single-assessment", "hos");
        time("Children at MASH screening (head, every child)", "/journey-map/front-door/MashScreening", "hos");
        time("Performance, 12 months, every team (head)", "/performance", "hos");
        time("Performance, 12 months, First Response (manager)", "/performance", "fr.manager");
        time("Performance CSV, 12 months (head)", "/api/performance.csv", "hos");
        time("Children behind NFA at the front door (head)", "/performance/nfa-front-door", "hos");
    }

    private static Map<String, Object> contact(String received, Map<String, Object> changes) {
        Map<String, Object> v = FrontDoorProcessTest.contact(received);
        v.putAll(changes);
        return v;
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
        System.out.printf("%-48s HTTP %d, %6d chars: median %4d ms, 95th %4d ms, max %4d ms%n", what, status, bytes,
                millis.get(10), millis.get(18), millis.get(19));
    }
}
