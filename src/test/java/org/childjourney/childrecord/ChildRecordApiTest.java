package org.childjourney.childrecord;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childjourney.Journeys;
import org.childjourney.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The child record API: only the people who should see a child can, every view is audited, and the API is documented. */
class ChildRecordApiTest extends ProcessTest {

    @Autowired
    MockMvc mvc;

    private String childId;

    @BeforeEach
    void aChildWithFirstResponse() {
        clockAt("2026-11-20T10:00");
        Journeys journeys = new Journeys(engine);
        ProcessInstance assessment = journeys.referral("2026-11-20T09:30+00:00", Map.of());
        childId = assessment.getBusinessKey();
        journeys.handOver(assessment, "fr.sw", "2026-11-20");
    }

    @ParameterizedTest(name = "{0} may see the child: {1}")
    @CsvSource({
            "fr.sw, true",        // allocated
            "fr.senior, true",    // same team
            "fr.manager, true",   // the team's manager
            "hos, true",          // head of service
            "cinn.sw, false",     // another team, guessing the id
            "cinn.manager, false",
            "mash.officer, false" // the front door decision is made: the MASH no longer holds the child
    })
    void onlyThoseWhoShouldCanOpenAChildsRecord(String user, boolean allowed) throws Exception {
        var result = mvc.perform(get("/api/children/" + childId).with(httpBasic(user, "demo")));
        if (allowed) {
            result.andExpect(status().isOk()).andExpect(jsonPath("$.child.id", is(childId)));
        } else {
            result.andExpect(status().isNotFound());
        }
        assertThat(db.sql("select outcome from audit_event where username = ? and child_id = ?").params(user, childId).query(String.class).single())
                .isEqualTo(allowed ? "VIEWED" : "REFUSED");
    }

    @Test
    void theRecordShowsTheStageTheWorkerTheOpenDeadlinesAndTheChronology() throws Exception {
        mvc.perform(get("/api/children/" + childId).with(httpBasic("fr.sw", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[*].name", hasItem("Single assessment")))
                .andExpect(jsonPath("$.allocatedNow[0].workerUsername", is("fr.sw")))
                .andExpect(jsonPath("$.openDeadlines[*].work", hasItem("See the child")))
                .andExpect(jsonPath("$.chronology[*].what", hasItem("MASH manager decision: Referral to children's social care for assessment")));
        mvc.perform(get("/api/children/" + childId).param("type", "ALLOCATION").with(httpBasic("fr.sw", "demo")))
                .andExpect(jsonPath("$.chronology[*].type", everyItem(is("ALLOCATION"))));
    }

    @Test
    void aChildThatDoesNotExistLooksTheSameAsOneYouMayNotSee() throws Exception {
        mvc.perform(get("/api/children/CJ999999").with(httpBasic("fr.sw", "demo")))
                .andExpect(status().isNotFound());
        assertThat(db.sql("select outcome from audit_event where child_id = 'CJ999999'").query(String.class).single()).isEqualTo("NOT_FOUND");
    }

    @Test
    void onlyAdministratorsReadTheAuditLogWhichSaysWhoWhenAndFromWhere() throws Exception {
        mvc.perform(get("/api/children/" + childId).with(httpBasic("fr.sw", "demo")).with(request -> {
            request.setRemoteAddr("10.1.2.3");
            return request;
        })).andExpect(status().isOk());

        mvc.perform(get("/api/audit").param("childId", childId).with(httpBasic("fr.sw", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit").param("childId", childId).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].username", is("fr.sw")))
                .andExpect(jsonPath("$[0].remoteAddress", is("10.1.2.3")))
                .andExpect(jsonPath("$[0].path", is("/api/children/" + childId)))
                .andExpect(jsonPath("$[0].outcome", is("VIEWED")));
    }

    @Test
    void theApiIsDocumentedBehindSignIn() throws Exception {
        mvc.perform(get("/api/children/" + childId)).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").with(httpBasic("fr.sw", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/children/{childId}")))
                .andExpect(content().string(containsString("/api/audit")));
    }
}
