package org.childjourney.journeymap;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childjourney.Journeys;
import org.childjourney.ProcessTest;
import org.childjourney.access.TeamScope;
import org.childjourney.frontdoor.FrontDoorProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The live journey map on a known set of children, with the access rules of its pages and API.
 *
 * <pre>
 * Monday 2 November 2026, contacts received 09:00-09:15, clock 09:30 onwards:
 *   Amy, Bea   recorded, waiting for MASH screening (amber: due 1 working day later, end of Tuesday 3 November)
 *   Col        referral decided: the front door waits to tell the referrer (due 3 WD: end of Thursday 5 November);
 *              the assessment waits in its handover, where First Response's manager must allocate a worker
 *              (due 1 WD after the hand-off: end of Tuesday 3 November)
 *   Dee        referral decided, referrer told; handed over to fr.sw, who must see her (5 WD: Monday 9 November)
 * Then the clock moves to Wednesday 4 November 10:00: Amy's and Bea's screening and Col's allocation are overdue.
 * </pre>
 */
class JourneyMapTest extends ProcessTest {

    @Autowired
    JourneyMap map;
    @Autowired
    MockMvc mvc;

    private final Map<String, String> child = new HashMap<>();

    @BeforeEach
    void knownChildren() {
        Journeys journeys = new Journeys(engine);
        clockAt("2026-11-02T09:30");
        contact("Amy", "2026-11-02T09:00");
        contact("Bea", "2026-11-02T09:05");
        ProcessInstance col = contact("Col", "2026-11-02T09:10");
        journeys.complete(task(col), FrontDoorProcessTest.screening("3", false, "yes"));
        journeys.complete(task(col), FrontDoorProcessTest.decision("referral", "Assessment needed."));
        ProcessInstance dee = contact("Dee", "2026-11-02T09:15");
        journeys.complete(task(dee), FrontDoorProcessTest.screening("3", false, "yes"));
        journeys.complete(task(dee), FrontDoorProcessTest.decision("referral", "Assessment needed."));
        journeys.complete(task(dee), Map.of("feedbackMethod", "phone", "feedbackSummary", "Referred."));
        journeys.handOver(journeys.stage("single-assessment", child.get("Dee")), "fr.sw", "2026-11-02");
        clockAt("2026-11-04T10:00");
    }

    @Test
    void eachActivityCountsTheChildrenThereNowAndThoseOverdue() {
        TeamScope everyTeam = new TeamScope(true, Set.of());
        assertThat(counts(map.places("front-door", everyTeam))).contains(
                tuple("MashScreening", 2, 2), tuple("MashDecision", 0, 0), tuple("TellReferrer", 1, 0), tuple("DomesticAbuseTriage", 0, 0));
        assertThat(counts(map.places("single-assessment", everyTeam))).contains(
                tuple("HandoverToAssessmentTeam", 1, 0), tuple("SeeTheChild", 1, 0), tuple("CompleteAssessment", 0, 0));
        // Col's allocation is overdue in the handover model, where its task is.
        assertThat(counts(map.places("handover", everyTeam))).contains(tuple("AllocateNamedWorker", 1, 1), tuple("RecordHandover", 0, 0));

        assertThat(map.childrenAt("front-door", "MashScreening", everyTeam))
                .extracting(JourneyMap.ChildHere::childId, JourneyMap.ChildHere::childName, JourneyMap.ChildHere::team, JourneyMap.ChildHere::overdue)
                .containsExactly(tuple(child.get("Amy"), "Amy Testchild", "mash", true), tuple(child.get("Bea"), "Bea Testchild", "mash", true));
        assertThat(map.childrenAt("front-door", "MashScreening", everyTeam).get(0).due()).isEqualTo(london("2026-11-03T23:59:59"));
    }

    @Test
    void aManagersMapShowsOnlyTheStagesWithTheirTeams() {
        TeamScope firstResponse = new TeamScope(false, Set.of("first-response"));
        // The front door is the MASH's: First Response sees none of it.
        assertThat(counts(map.places("front-door", firstResponse))).contains(tuple("MashScreening", 0, 0), tuple("TellReferrer", 0, 0));
        assertThat(counts(map.places("single-assessment", firstResponse))).contains(tuple("HandoverToAssessmentTeam", 1, 0), tuple("SeeTheChild", 1, 0));
        TeamScope mash = new TeamScope(false, Set.of("mash"));
        assertThat(counts(map.places("front-door", mash))).contains(tuple("MashScreening", 2, 2), tuple("TellReferrer", 1, 0));
        assertThat(counts(map.places("single-assessment", mash))).contains(tuple("HandoverToAssessmentTeam", 0, 0), tuple("SeeTheChild", 0, 0));
        assertThat(map.childrenAt("front-door", "MashScreening", firstResponse)).isEmpty();
    }

    @Test
    void thePagesAndApiAreForManagersOfTheirTeamsAndHeadsOfService() throws Exception {
        mvc.perform(get("/journey-map/front-door").with(httpBasic("hos", "demo"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("MASH screening"), containsString("bpmn-navigated-viewer.min.js"),
                        containsString("/journey-map/front-door/MashScreening"), containsString("<option value=\"cin-north\">CIN North</option>"))));
        mvc.perform(get("/journey-map/front-door").param("team", "first-response").with(httpBasic("hos", "demo"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Children in stages with first-response."),
                        not(containsString("/journey-map/front-door/MashScreening")))));
        mvc.perform(get("/journey-map/front-door/MashScreening").with(httpBasic("mash.manager", "demo"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Amy Testchild"), containsString("/children/" + child.get("Bea")),
                        containsString("Overdue"))));
        mvc.perform(get("/api/journey-map/front-door").with(httpBasic("mash.manager", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.places[?(@.activityId == 'MashScreening')].children").value(2));
        mvc.perform(get("/api/journey-map/front-door/activities/MashScreening").with(httpBasic("fr.manager", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
        mvc.perform(get("/api/journey-map/front-door/diagram").with(httpBasic("fr.manager", "demo")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<bpmn:process id=\"front-door\"")));
        // A manager asking for another team, and practitioners, are refused.
        mvc.perform(get("/api/journey-map/front-door").param("team", "mash").with(httpBasic("fr.manager", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/journey-map/front-door").with(httpBasic("fr.sw", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/journey-map").with(httpBasic("mash.officer", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/journey-map").with(httpBasic("fr.manager", "demo"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Child protection"), containsString("href=\"/journey-map\""))));
        // The menu offers the map and the figures to managers, not to practitioners.
        mvc.perform(get("/my-work").with(httpBasic("fr.sw", "demo"))).andExpect(content().string(not(containsString("href=\"/journey-map\""))));
    }

    private ProcessInstance contact(String name, String receivedAt) {
        Map<String, Object> contact = FrontDoorProcessTest.contact(london(receivedAt).toString(), "Concerns about " + name + ".");
        contact.put("childFirstName", name);
        ProcessInstance frontDoor = engine.getRuntimeService().startProcessInstanceByKey("front-door", contact);
        child.put(name, (String) engine.getRuntimeService().getVariable(frontDoor.getId(), "childId"));
        return frontDoor;
    }

    private static List<org.assertj.core.groups.Tuple> counts(List<JourneyMap.Place> places) {
        return places.stream().map(p -> tuple(p.activityId(), p.children(), p.overdue())).toList();
    }
}
