package org.childjourney.pages;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childjourney.Journeys;
import org.childjourney.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The practitioner pages, rendered by the real controllers and templates over the real engine. */
class PagesTest extends ProcessTest {

    @Autowired
    MockMvc mvc;

    private String childId;

    @BeforeEach
    void aChildWaitingToBeSeen() {
        clockAt("2026-11-20T10:00");
        Journeys journeys = new Journeys(engine);
        ProcessInstance assessment = journeys.referral("2026-11-20T09:30+00:00", Map.of());
        childId = assessment.getBusinessKey();
        journeys.handOver(assessment, "fr.sw", "2026-11-20");
    }

    @Test
    void myWorkListsMyTasksWithTheChildAndTheDueDateAndMarksOverdueWork() throws Exception {
        mvc.perform(get("/my-work").with(httpBasic("fr.sw", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("See the child"), containsString("Alex Testchild"),
                        containsString("/children/" + childId), containsString("Friday 27 November 2026 23:59"), not(containsString("Overdue")))));
        clockAt("2026-11-30T10:00");
        mvc.perform(get("/my-work").with(httpBasic("fr.sw", "demo"))).andExpect(content().string(containsString("Overdue")));
    }

    @Test
    void theChildRecordPageShowsTheStoryAndRefusesAnotherTeam() throws Exception {
        mvc.perform(get("/children/" + childId).with(httpBasic("fr.sw", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Single assessment"), containsString("first-response: fr.sw"),
                        containsString("MASH manager decision: Referral to children&#39;s social care for assessment"))));
        mvc.perform(get("/children/" + childId).with(httpBasic("cinn.sw", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void theTaskPageShowsTheTaskItsDueDateAndTheFormOnlyToThoseWhoMayDoIt() throws Exception {
        String taskId = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task("SeeTheChild",
                engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(childId)
                        .processDefinitionKey("single-assessment").singleResult()).getId();
        mvc.perform(get("/tasks/" + taskId).with(httpBasic("fr.sw", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1 class=\"govuk-heading-l\">See the child</h1>"),
                        containsString("Friday 27 November 2026 23:59"), containsString("id=\"form-page\""),
                        containsString("Complete this task"), not(containsString("This task is past its due date")))));
        clockAt("2026-11-30T10:00");
        mvc.perform(get("/tasks/" + taskId).with(httpBasic("fr.sw", "demo")))
                .andExpect(content().string(containsString("This task is past its due date")));
        // The manager sees the task (their team's child) but it is with fr.sw: no form to complete.
        mvc.perform(get("/tasks/" + taskId).with(httpBasic("fr.manager", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("fr.sw"), not(containsString("id=\"form-page\"")),
                        containsString("This task is with someone else"))));
        mvc.perform(get("/tasks/" + taskId).with(httpBasic("cinn.sw", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void myWorkOffersTheTeamsQueueToTakeAndSaysWhyATakeWasRefused() throws Exception {
        var contact = org.childjourney.frontdoor.FrontDoorProcessTest.contact("2026-11-20T09:50+00:00");
        contact.put("childFirstName", "Queued");
        String screening = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(
                engine.getRuntimeService().startProcessInstanceByKey("front-door", contact)).getId();
        mvc.perform(get("/my-work").with(httpBasic("mash.officer", "demo")))
                .andExpect(content().string(allOf(containsString("MASH screening"), containsString("/tasks/" + screening + "/take?from=my-work"))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/tasks/" + screening + "/take").param("from", "my-work")
                        .with(httpBasic("mash.officer", "demo")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("taken", screening));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/tasks/" + screening + "/take").param("from", "my-work")
                        .with(httpBasic("mash.sw", "demo")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("refusal",
                        "'MASH screening' is already with mash.officer. Ask them, or their manager, to pass it on."));
    }

    @Test
    void myWorkAsJsonHasTheSameListsAsThePage() throws Exception {
        mvc.perform(get("/api/my-work").with(httpBasic("fr.sw", "demo")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.assignedToMe[0].work").value("See the child"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.assignedToMe[0].due").value("2026-11-27T23:59:59Z"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.teamQueueTotal").value(0));
        // After the referral, the MASH still has to tell the referrer the outcome: one task in its queue, none taken.
        mvc.perform(get("/api/my-work").param("size", "1").with(httpBasic("mash.officer", "demo")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.teamQueue.length()").value(1))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.teamQueue[0].work").value("Tell the referrer the outcome"));
    }

    @Test
    void theSignInPageUsesTheDesignSystemAndSaysWhenSignInFailed() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-frontend.min.css"), containsString("Sign in to Child Journey"))));
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("The username or password is not right")));
    }
}
