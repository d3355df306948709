package org.childjourney.oversight;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.childjourney.Journeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * Who may see the oversight board, the caseloads, their API and the Prometheus scrape, over real HTTP: nobody without
 * signing in; practitioners refused; a manager only their own teams (lists, leaving reports, and the children behind
 * them); heads of service everything; the scrape only for the monitoring sign-in (and administrators).
 * Metrics export is on here ({@link AutoConfigureObservability}), as in the running app.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:child-journey-oversight-security;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
@AutoConfigureObservability
class OversightSecurityTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    OversightMetrics metrics;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private static String northChild;
    private static String southChild;
    private static String unallocatedChild;

    /**
     * Once for the class: two children assessed and handed to child in need on Mon 14 Dec 2026, one to CIN North
     * (cinn.sw), one to CIN South (cins.sw), each with a plan written that day and nothing since. On Tue 5 Jan 2027 each
     * has had no progress for 13 working days (15 16 17 18 21 22 23 24 29 30 31 4 5, Christmas and New Year bank holidays
     * skipped): each team has one stuck child, and no overdue work (visits and reviews fall due later). A third child is
     * handed to First Response for assessment with nobody allocated yet.
     */
    @BeforeEach
    void aChildInEachTeam() {
        BpmnAwareTests.init(engine);
        if (northChild == null) {
            ClockUtil.setCurrentTime(london("2026-12-14T09:30"));
            northChild = childInNeed("Nia", "cin-north", "cinn.sw");
            southChild = childInNeed("Sid", "cin-south", "cins.sw");
            unallocatedChild = new Journeys(engine).referral(LocalDateTime.parse("2026-12-14T09:10").atZone(ZoneId.of("Europe/London")).toInstant().toString(),
                    Map.of("childFirstName", "Ula")).getBusinessKey();
        }
        ClockUtil.setCurrentTime(london("2027-01-05T10:00"));
        metrics.refresh();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void nobodyWithoutSignInSeesTheBoardTheApiOrTheMetrics() throws Exception {
        for (String path : new String[]{"/oversight", "/oversight/overdue", "/caseloads", "/caseloads/workers/cinn.sw/leaving"}) {
            HttpResponse<String> page = call(path, null);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
        }
        for (String path : new String[]{"/api/oversight", "/api/oversight/stuck", "/api/caseloads", "/api/caseloads/workers/cinn.sw/leaving",
                "/actuator/prometheus"}) {
            assertThat(call(path, null, "application/json").statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void practitionersAreRefusedTheyHaveMyWork() throws Exception {
        for (String path : new String[]{"/oversight", "/oversight/stuck", "/caseloads", "/api/oversight", "/api/caseloads", "/actuator/prometheus"}) {
            assertThat(call(path, "cinn.sw").statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void aManagerSeesTheirOwnTeamOnlyAndTheChildrenBehindIt() throws Exception {
        HttpResponse<String> board = call("/api/oversight", "cinn.manager");
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body()).contains("\"team\":\"cin-north\"").doesNotContain("cin-south");
        HttpResponse<String> stuck = call("/oversight/stuck", "cinn.manager");
        assertThat(stuck.body()).contains("/children/" + northChild).doesNotContain(southChild);
        assertThat(call("/children/" + northChild, "cinn.manager").statusCode()).isEqualTo(200);

        assertThat(call("/oversight/stuck?team=cin-south", "cinn.manager").statusCode()).isEqualTo(403);
        assertThat(call("/api/oversight/stuck?team=cin-south", "cinn.manager").statusCode()).isEqualTo(403);
        assertThat(call("/caseloads?team=cin-south", "cinn.manager").statusCode()).isEqualTo(403);
        assertThat(call("/api/caseloads/workers/cins.sw/leaving", "cinn.manager").statusCode()).isEqualTo(403);
        assertThat(call("/caseloads/workers/cins.sw/leaving", "cinn.manager").statusCode()).isEqualTo(403);
        assertThat(call("/children/" + southChild, "cinn.manager").statusCode()).isEqualTo(404);
        // A manager is not a scraper.
        assertThat(call("/actuator/prometheus", "cinn.manager").statusCode()).isEqualTo(403);
    }

    @Test
    void theManagersOfTheTeamAChildIsHandedToOpenTheRecordTheyMustAllocate() throws Exception {
        assertThat(call("/api/oversight/unallocated", "fr.manager").body()).contains(unallocatedChild);
        // Before this rule the record was closed to them: the MASH still holds the case until someone is allocated.
        assertThat(call("/children/" + unallocatedChild, "fr.manager").statusCode()).isEqualTo(200);
        assertThat(call("/children/" + unallocatedChild, "cinn.manager").statusCode()).isEqualTo(404);
        assertThat(call("/children/" + unallocatedChild, "fr.sw").statusCode()).isEqualTo(404);
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        assertThat(call("/v3/api-docs", "hos").body()).contains("/api/oversight/{figure}").contains("/api/caseloads")
                .contains("/api/caseloads/workers/{username}/leaving");
    }

    @Test
    void aHeadOfServiceSeesEveryTeam() throws Exception {
        HttpResponse<String> stuck = call("/api/oversight/stuck", "hos");
        assertThat(stuck.statusCode()).isEqualTo(200);
        assertThat(stuck.body()).contains(northChild).contains(southChild);
        assertThat(call("/caseloads/workers/cins.sw/leaving", "hos").body()).contains(southChild);
        assertThat(call("/oversight?team=cin-south", "hos").statusCode()).isEqualTo(200);
    }

    @Test
    void theMonitoringSignInScrapesTheGaugesPerTeam() throws Exception {
        HttpResponse<String> scrape = call("/actuator/prometheus", "monitoring");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("childjourney_stuck_children{team=\"cin-north\"} 1.0")
                .contains("childjourney_stuck_children{team=\"cin-south\"} 1.0")
                .contains("childjourney_overdue_children{team=\"cin-north\"} 0.0")
                .contains("childjourney_unallocated_children{team=\"cin-north\"} 0.0")
                .contains("childjourney_escalations_open{team=\"cin-north\"} 0.0");
        assertThat(call("/actuator/prometheus", "admin").statusCode()).isEqualTo(200);
        // The monitoring sign-in sees no children.
        assertThat(call("/api/oversight", "monitoring").statusCode()).isEqualTo(403);
    }

    private String childInNeed(String firstName, String team, String worker) {
        Journeys journeys = new Journeys(engine);
        ProcessInstance assessment = journeys.referral(LocalDateTime.parse("2026-12-14T09:00").atZone(ZoneId.of("Europe/London")).toInstant().toString(),
                Map.of("childFirstName", firstName));
        String childId = assessment.getBusinessKey();
        journeys.assess(assessment, "2026-12-14", "cin-plan", team);
        ProcessInstance cin = journeys.stage("child-in-need", childId);
        journeys.handOver(cin, worker, "2026-12-14");
        journeys.complete(task("WritePlan", cin), Map.of("cinPlanStartDate", "2026-12-14", "cinPlanSummary", "Plan."));
        return childId;
    }

    private static Date london(String local) {
        return Date.from(LocalDateTime.parse(local).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    /** Anonymous, as a browser asks (a page: sent to sign in); signed in, accepting anything. */
    private HttpResponse<String> call(String path, String user) throws Exception {
        return call(path, user, user == null ? "text/html" : "*/*");
    }

    private HttpResponse<String> call(String path, String user, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
