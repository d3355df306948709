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
    void theSignInPageUsesTheDesignSystemAndSaysWhenSignInFailed() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-frontend.min.css"), containsString("Sign in to Child Journey"))));
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("The username or password is not right")));
    }
}
