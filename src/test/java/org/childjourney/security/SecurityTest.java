package org.childjourney.security;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childjourney.frontdoor.FrontDoorProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;


import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nothing answers without sign-in, and the engine's authorizations decide what each signed-in person sees and does.
 * Runs a real server: engine-rest and the Camunda webapps are servlets that MockMvc does not reach. Wrong passwords are
 * tried only as users no other test signs in as, because the engine delays sign-in after a failed attempt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:child-journey-web;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class SecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void engineForAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    private HttpResponse<String> call(String method, String path, String user, String password, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void engineRestRefusesRequestsWithoutCredentialsOrWithAWrongPassword() throws Exception {
        assertThat(call("GET", "/engine-rest/task", null, null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/engine-rest/task", "swan.sw", "wrong", null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/engine-rest/task", "cwd.sw", "demo", null).statusCode()).isEqualTo(200);
    }

    @Test
    void camundaWebappApisNeedTheirOwnSignIn() throws Exception {
        assertThat(call("GET", "/camunda/api/engine/engine/default/task", null, null, null).statusCode()).isEqualTo(401);
        // Tasklist's sign-in page and its plugin assets load before anyone has signed in, as Camunda serves them.
        assertThat(call("GET", "/camunda/app/tasklist/default/", null, null, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.css", null, null, null).statusCode()).isEqualTo(200);
        // The sign-in page probes for a welcome app; there is none, so no "first time here" box.
        assertThat(call("GET", "/camunda-welcome", null, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void tasklistSignsPeopleInThroughItsOwnFormAndRefusesAWrongPassword() throws Exception {
        HttpResponse<String> signIn = form("/camunda/api/admin/auth/user/default/login/tasklist", "username=cins.sw&password=demo");
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains("\"userId\":\"cins.sw\"");
        assertThat(form("/camunda/api/admin/auth/user/default/login/tasklist", "username=cwd.fsw&password=wrong").statusCode()).isEqualTo(401);
        // Without the page's CSRF token, Camunda's own protection refuses the sign-in.
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .POST(HttpRequest.BodyPublishers.ofString("username=cins.sw&password=demo")).header("Content-Type", "application/x-www-form-urlencoded").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        // An officer has no Cockpit.
        assertThat(form("/camunda/api/admin/auth/user/default/login/cockpit", "username=cins.fsw&password=demo").statusCode()).isEqualTo(403);
    }

    @Test
    void engineRestTakesWritesWithBasicCredentialsAlone() throws Exception {
        HttpResponse<String> started = call("POST", "/engine-rest/process-definition/key/missing-episode/start", "cinn.fsw", "demo",
                "{\"variables\":{\"childId\":{\"value\":\"CJ0\"}}}");
        // Reached the engine (not a CSRF or sign-in refusal): the product refuses the unknown child with its own message.
        assertThat(started.statusCode()).isEqualTo(500);
        assertThat(started.body()).contains("enter both when the child went missing and when they returned");
    }

    /** Signs in as Camunda's webapps do: load the page (session and CSRF token), then post the form with the token. */
    private HttpResponse<String> form(String path, String body) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theProductsOwnPagesAndApiNeedSignIn() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/actuator").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
        for (String page : new String[] {"/my-work", "/children/CJ1001", "/children/search?name=a", "/contacts/new", "/tasks/any"}) {
            mvc.perform(get(page).accept(MediaType.TEXT_HTML)).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        }
        for (String api : new String[] {"/api/my-work", "/api/children?name=a", "/api/children/CJ1001", "/api/tasks/any",
                "/api/contacts/form", "/api/process-definitions/any/bpmn", "/api/audit", "/v3/api-docs"}) {
            mvc.perform(get(api).accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
        }
        // The sign-in page's own script and styles load before sign-in (a 401 there makes the browser ask for a password).
        mvc.perform(get("/js/govuk-init.js")).andExpect(status().isOk());
        mvc.perform(get("/css/child-journey.css")).andExpect(status().isOk());
        mvc.perform(post("/api/contacts").contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/tasks/any/complete").contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
    }

    @Test
    void signInChecksTheEngineIdentityService() throws Exception {
        mvc.perform(formLogin("/login").user("mash.officer").password("demo")).andExpect(authenticated().withUsername("mash.officer"));
        mvc.perform(formLogin("/login").user("frs.student").password("nope")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("nobody").password("demo")).andExpect(unauthenticated());
    }

    @Test
    void pagesCarryTheStandardSecurityHeadersAndRefuseAPostWithoutACsrfToken() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
    }

    @Test
    void eachPersonSeesOnlyTheWorkTheirGroupsMayDoAndTheHeadOfServiceSeesAll() throws Exception {
        clockAt("2026-11-20T10:00");
        ProcessInstance contact = engine.getRuntimeService().startProcessInstanceByKey("front-door",
                FrontDoorProcessTest.contact("2026-11-20T09:30+00:00"));
        engine.getTaskService().complete(task(contact).getId(), FrontDoorProcessTest.screening("3", false, "yes"));
        Task decision = task(contact);

        assertThat(taskNames("mash.officer")).doesNotContain("MASH manager decision");
        assertThat(taskNames("mash.manager")).contains("MASH manager decision");
        assertThat(taskNames("fr.sw")).doesNotContain("MASH manager decision");
        assertThat(taskNames("hos")).contains("MASH manager decision");

        assertThat(call("POST", "/engine-rest/task/" + decision.getId() + "/complete", "mash.officer", "demo",
                "{\"variables\":{\"pathway\":{\"value\":\"nfa\"},\"decisionReason\":{\"value\":\"x\"}}}").statusCode()).isEqualTo(403);
        assertThat(contact).isWaitingAt("MashDecision");
    }

    @Test
    void aTeamManagerSeesTheirWorkersTasksAndColleaguesNamesResolve() throws Exception {
        clockAt("2026-11-20T10:00");
        org.childjourney.Journeys journeys = new org.childjourney.Journeys(engine);
        ProcessInstance assessment = journeys.referral("2026-11-20T09:30+00:00",
                Map.of("concerns", "Neighbour: child left alone overnight.", "childFirstName", "Sky"));
        journeys.handOver(assessment, "fr.sw", "2026-11-20");

        assertThat(taskNames("fr.sw")).contains("See the child");
        assertThat(taskNames("fr.manager")).contains("See the child");
        assertThat(taskNames("cinn.manager")).doesNotContain("See the child");
        assertThat(call("GET", "/engine-rest/user?id=fr.sw", "hos", "demo", null).body()).contains("Fern");
    }

    @Test
    void aDecisionStartsTheNextStageAndTheEscalationWatchWhoeverMakesIt() {
        clockAt("2026-11-20T10:00");
        ProcessInstance contact = engine.getRuntimeService().startProcessInstanceByKey("front-door",
                FrontDoorProcessTest.contact("2026-11-20T09:30+00:00", "Health visitor: the baby has lost weight."));
        engine.getTaskService().complete(task(contact).getId(), FrontDoorProcessTest.screening("3", false, "yes"));

        // mash.manager may not start an assessment or an escalation watch directly; their decision still does both.
        engine.getIdentityService().setAuthentication("mash.manager", List.of("mash", "mash-managers"));
        engine.getTaskService().complete(task(contact).getId(), FrontDoorProcessTest.decision("referral", "Assessment needed."));
        engine.getIdentityService().clearAuthentication();

        String childId = (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(contact.getId())
                .variableName("childId").singleResult().getValue();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("single-assessment")
                .processInstanceBusinessKey(childId).count()).isOne();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("overdue-work-escalation")
                .processInstanceBusinessKey(childId).count()).isPositive();
    }

    private String taskNames(String user) throws Exception {
        HttpResponse<String> response = call("GET", "/engine-rest/task", user, "demo", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void clockAt(String londonTime) {
        ClockUtil.setCurrentTime(java.util.Date.from(java.time.LocalDateTime.parse(londonTime).atZone(java.time.ZoneId.of("Europe/London")).toInstant()));
    }

}
