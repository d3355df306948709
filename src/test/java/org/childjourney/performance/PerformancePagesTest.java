package org.childjourney.performance;

import org.childjourney.ProcessTest;
import org.childjourney.frontdoor.FrontDoorProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The performance page, its drill-down, the JSON and the CSV, with their access rules. One contact, decided "no further
 * action" on Monday 2 November 2026: the MASH's November NFA rate is 1 of 1 (100.0%).
 */
class PerformancePagesTest extends ProcessTest {

    @Autowired
    MockMvc mvc;

    private String childId;

    @BeforeEach
    void oneContactDecidedNoFurtherAction() {
        clockAt("2026-11-02T10:00");
        Map<String, Object> contact = FrontDoorProcessTest.contact(london("2026-11-02T09:00").toString(), "Worry about sleep.");
        var frontDoor = engine.getRuntimeService().startProcessInstanceByKey("front-door", contact);
        childId = (String) engine.getRuntimeService().getVariable(frontDoor.getId(), "childId");
        engine.getTaskService().complete(task(frontDoor).getId(), FrontDoorProcessTest.screening("1", false, "yes"));
        Map<String, Object> decision = FrontDoorProcessTest.decision("nfa", "Universal services.");
        decision.put("overrideReason", "Family already supported by the school nurse.");
        engine.getTaskService().complete(task(frontDoor).getId(), decision);
    }

    @Test
    void thePageShowsEachFigureWithItsDefinitionAndLinksToTheChildrenCounted() throws Exception {
        mvc.perform(get("/performance").param("from", "2026-11").param("to", "2026-12").with(httpBasic("hos", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No further action at the front door"),
                        containsString(Measure.NFA_FRONT_DOOR.numerator().replace("'", "&#39;")),
                        containsString("100.0%"), containsString("November 2026 100.0% (1 of 1)"),
                        containsString("/performance/nfa-front-door?from=2026-11&amp;to=2026-11"),
                        containsString("/api/performance.csv?from=2026-11&amp;to=2026-12"))));
        mvc.perform(get("/performance/nfa-front-door").param("from", "2026-11").param("to", "2026-11").with(httpBasic("mash.manager", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 of 1"), containsString("/children/" + childId),
                        containsString("No further action"))));
    }

    @Test
    void theChildrenBehindAFigureComeAHundredAPage() throws Exception {
        // 100 more contacts decided "no further action" the same morning: 101 counted, so two pages.
        for (int i = 0; i < 100; i++) {
            Map<String, Object> contact = FrontDoorProcessTest.contact(london("2026-11-02T09:00").toString(), "Worry " + i + ".");
            contact.put("childFirstName", "Paged" + i);
            var frontDoor = engine.getRuntimeService().startProcessInstanceByKey("front-door", contact);
            engine.getTaskService().complete(task(frontDoor).getId(), FrontDoorProcessTest.screening("1", false, "yes"));
            Map<String, Object> decision = FrontDoorProcessTest.decision("nfa", "Universal services.");
            decision.put("overrideReason", "Family already supported by the school nurse.");
            engine.getTaskService().complete(task(frontDoor).getId(), decision);
        }
        String first = mvc.perform(get("/performance/nfa-front-door").param("from", "2026-11").param("to", "2026-11").with(httpBasic("hos", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("101 of 101"), containsString("Showing 1 to 100 of 101."),
                        containsString("page=2\" rel=\"next\""))))
                .andReturn().getResponse().getContentAsString();
        assertThat(first.split("<a class=\"govuk-link\" href=\"/children/", -1)).as("a row per child on the first page").hasSize(101);
        // A page past the end shows the last one.
        String last = mvc.perform(get("/performance/nfa-front-door").param("from", "2026-11").param("to", "2026-11").param("page", "9")
                        .with(httpBasic("hos", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("101 of 101"), containsString("Showing 101 to 101 of 101."),
                        containsString("page=1\" rel=\"prev\""))))
                .andReturn().getResponse().getContentAsString();
        assertThat(last.split("<a class=\"govuk-link\" href=\"/children/", -1)).as("one row on the last page").hasSize(2);
    }

    @Test
    void theApiAndTheCsvGiveTheSameFigures() throws Exception {
        mvc.perform(get("/api/performance").param("from", "2026-11").param("to", "2026-12").param("team", "mash").with(httpBasic("mash.manager", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[?(@.code == 'nfa-front-door')].months[0].numerator").value(1))
                .andExpect(jsonPath("$.figures[?(@.code == 'nfa-front-door')].months[0].denominator").value(1))
                .andExpect(jsonPath("$.figures[?(@.code == 'nfa-front-door')].months[1].denominator").value(0));
        mvc.perform(get("/api/performance/nfa-front-door/children").param("from", "2026-11").param("to", "2026-11").with(httpBasic("hos", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].childId").value(childId)).andExpect(jsonPath("$[0].inNumerator").value(true));
        mvc.perform(get("/api/performance.csv").param("from", "2026-11").param("to", "2026-12").with(httpBasic("hos", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("performance-2026-11-to-2026-12.csv")))
                .andExpect(content().string(allOf(containsString("figure,title,month,team,numerator,denominator,percent,definition"),
                        containsString("nfa-front-door,\"No further action at the front door\",\"2026-11\",all,1,1,100.0,"),
                        containsString("nfa-front-door,\"No further action at the front door\",\"2026-12\",all,0,0,,"))));
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("hos", "demo"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("\"/api/performance\""), containsString("\"/api/performance.csv\""),
                        containsString("\"/api/performance/{figure}/children\""), containsString("\"/api/journey-map/{key}\""),
                        containsString("\"/api/journey-map/{key}/activities/{activityId}\""), containsString("\"/api/journey-map/{key}/diagram\""))));
    }

    @Test
    void managersSeeOnlyTheirTeamsAndPractitionersNone() throws Exception {
        mvc.perform(get("/api/performance").param("team", "mash").with(httpBasic("cinn.manager", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/performance.csv").param("team", "mash").with(httpBasic("cinn.manager", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/performance").with(httpBasic("fr.sw", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/performance/nfa-front-door/children").with(httpBasic("mash.officer", "demo"))).andExpect(status().isForbidden());
        // Without a team a manager gets their own teams only: the MASH's NFA is not CIN North's.
        mvc.perform(get("/api/performance").param("from", "2026-11").param("to", "2026-11").with(httpBasic("cinn.manager", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.figures[?(@.code == 'nfa-front-door')].months[0].denominator").value(0));
        mvc.perform(get("/api/performance").param("from", "2027-01").param("to", "2026-11").with(httpBasic("hos", "demo"))).andExpect(status().isBadRequest());
        mvc.perform(get("/performance").param("from", "November").with(httpBasic("hos", "demo"))).andExpect(status().isBadRequest());
    }
}
