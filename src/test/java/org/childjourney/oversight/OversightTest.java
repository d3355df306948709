package org.childjourney.oversight;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childjourney.Journeys;
import org.childjourney.ProcessTest;
import org.childjourney.frontdoor.FrontDoorProcessTest;
import org.childjourney.workforce.Team;
import org.childjourney.workforce.Workforce;
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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every figure of the oversight board and the caseloads on seven children built through the real models over Christmas
 * and New Year 2026 (bank holidays Fri 25 Dec, Mon 28 Dec substitute for Boxing Day, Fri 1 Jan), looked at on
 * Tuesday 5 January 2027 at 10:00. Working days in play:
 * Dec 14 15 16 17 18 | 21 22 23 24 | 29 30 31 | Jan 4 5 6 7 8 | 11 12.
 * <ul>
 *   <li>A (Ava): referral Mon 14 Dec, fr.sw allocated and handover recorded that day; not seen since. "See the child"
 *       (child-seen: 5 working days from the referral) was due at the end of Mon 21 Dec.</li>
 *   <li>E (Eli): referral Mon 14 Dec, assessed, child in need plan with cinn.sw (CIN North) written the same day; nothing since.</li>
 *   <li>D (Dan): referral Mon 21 Dec, allocated to the manager fr.manager (a manager hold), handover recorded that day.</li>
 *   <li>F (Fay): contact Thu 24 Dec 15:00, amber, never screened (mash-screening amber: 1 working day, end of Tue 29 Dec).</li>
 *   <li>B (Bea): referral Tue 29 Dec, fr.senior allocated; "See the child" due end of Wed 6 Jan.</li>
 *   <li>C (Cal): referral Wed 30 Dec 11:00, nobody allocated (handover-allocation: 1 working day, end of Thu 31 Dec).</li>
 *   <li>G (Gus): contact Tue 5 Jan 09:00, strategy discussion, child protection with fr.senior.</li>
 * </ul>
 */
class OversightTest extends ProcessTest {

    @Autowired
    Oversight oversight;
    @Autowired
    Caseloads caseloads;
    @Autowired
    Workforce workforce;
    @Autowired
    MockMvc mvc;

    private Journeys journeys;
    private final Map<String, String> child = new HashMap<>();

    @BeforeEach
    void sevenChildren() {
        journeys = new Journeys(engine);

        moveClockAndRunTimers("2026-12-14T09:30");
        ProcessInstance a = referral("Ava", "2026-12-14T09:00");
        journeys.handOver(a, "fr.sw", "2026-12-14");
        child.put("A", a.getBusinessKey());

        ProcessInstance e = referral("Eli", "2026-12-14T09:05");
        journeys.assess(e, "2026-12-14", "cin-plan", "cin-north");
        ProcessInstance cin = journeys.stage("child-in-need", e.getBusinessKey());
        journeys.handOver(cin, "cinn.sw", "2026-12-14");
        journeys.complete(task("WritePlan", cin), Map.of("cinPlanStartDate", "2026-12-14", "cinPlanSummary", "Routines and school."));
        child.put("E", e.getBusinessKey());

        moveClockAndRunTimers("2026-12-21T10:00");
        ProcessInstance d = referral("Dan", "2026-12-21T09:00");
        journeys.handOver(d, "fr.manager", "2026-12-21");
        child.put("D", d.getBusinessKey());

        moveClockAndRunTimers("2026-12-24T15:00");
        Map<String, Object> contact = contact("Fay", "2026-12-24T15:00");
        ProcessInstance f = engine.getRuntimeService().startProcessInstanceByKey("front-door", contact);
        child.put("F", (String) engine.getRuntimeService().getVariable(f.getId(), "childId"));

        moveClockAndRunTimers("2026-12-29T10:00");
        ProcessInstance b = referral("Bea", "2026-12-29T09:00");
        journeys.handOver(b, "fr.senior", "2026-12-29");
        child.put("B", b.getBusinessKey());

        moveClockAndRunTimers("2026-12-30T11:00");
        child.put("C", referral("Cal", "2026-12-30T10:30").getBusinessKey());

        moveClockAndRunTimers("2027-01-05T09:30");
        String gus = decided("Gus", "2027-01-05T09:00", "strategy-discussion", true);
        journeys.handOver(journeys.stage("child-protection", gus), "fr.senior", "2027-01-05");
        child.put("G", gus);

        moveClockAndRunTimers("2027-01-05T10:00");
    }

    @Test
    void eachFigureCountsTheChildrenWorkedOutByHand() {
        Oversight.Snapshot now = oversight.snapshot();
        Set<String> fr = Set.of("first-response");

        // Overdue in First Response: A "See the child" due Mon 21 Dec, overdue by 22 23 24 29 30 31 4 5 = 8 working days;
        // D "See the child" due Wed 30 Dec (5 working days from Mon 21 Dec: 22 23 24 29 30), overdue by 31 4 5 = 3;
        // C "Allocate a named worker" due Thu 31 Dec (1 working day from Wed 30 Dec), overdue by 4 5 = 2. Longest overdue first.
        assertThat(now.rows(Figure.OVERDUE, fr)).extracting(Oversight.Row::childId, Oversight.Row::what, Oversight.Row::workingDays)
                .containsExactly(
                        tuple(child.get("A"), "See the child (Single assessment)", 8),
                        tuple(child.get("D"), "See the child (Single assessment)", 3),
                        tuple(child.get("C"), "Allocate a named worker (Handover between teams)", 2));
        assertThat(now.count(Figure.OVERDUE, fr)).isEqualTo(new Oversight.Count(3, 3));
        Oversight.Row ava = now.rows(Figure.OVERDUE, fr).get(0);
        assertThat(ava.clock()).isEqualTo("Child seen: 5 working days (standard) from the referral");
        assertThat(ava.since()).isEqualTo(london("2026-12-21T23:59:59"));
        assertThat(ava.workWith()).isEqualTo("Fern Placeholder (demo)");
        assertThat(ava.heldBy()).isEqualTo("Fern Placeholder (demo), First Response");
        Oversight.Row cal = now.rows(Figure.OVERDUE, fr).get(2);
        assertThat(cal.clock()).isEqualTo("Handover allocation: 1 working day from the handover");
        assertThat(cal.workWith()).isEqualTo("Not yet taken (First Response queue)");
        assertThat(cal.heldBy()).isEqualTo("MASH (no named worker)");

        // MASH: F's screening, amber, due at the end of the next working day after Thu 24 Dec = Tue 29 Dec; overdue by 30 31 4 5 = 4.
        assertThat(now.rows(Figure.OVERDUE, Set.of("mash"))).extracting(Oversight.Row::childId, Oversight.Row::workingDays, Oversight.Row::clock)
                .containsExactly(tuple(child.get("F"), 4, "Mash screening: 1 working day (amber) from the contact"));

        // Due soon (by the end of the 5th working day after Tue 5 Jan: 6 7 8 11 12, so Tue 12 Jan):
        // B "See the child" due Wed 6 Jan (in 1 working day); G's strategy discussion (1 working day from Tue 5 Jan: Wed 6 Jan).
        assertThat(now.rows(Figure.DUE_SOON, fr)).extracting(Oversight.Row::childId, Oversight.Row::workingDays)
                .containsExactlyInAnyOrder(tuple(child.get("B"), 1), tuple(child.get("G"), 1));

        // Stuck (10 working days with nothing on the chronology but escalations): A, last progress Mon 14 Dec, 13 working days
        // (15 16 17 18 21 22 23 24 29 30 31 4 5). D's last progress was Mon 21 Dec (8 working days): not stuck.
        // In CIN North, E: plan written Mon 14 Dec, also 13. F at the front door: contact Thu 24 Dec, 5 working days: not stuck.
        assertThat(now.rows(Figure.STUCK, fr)).extracting(Oversight.Row::childId, Oversight.Row::workingDays)
                .containsExactly(tuple(child.get("A"), 13));
        assertThat(now.rows(Figure.STUCK, Set.of("cin-north"))).extracting(Oversight.Row::childId, Oversight.Row::workingDays)
                .containsExactly(tuple(child.get("E"), 13));
        assertThat(now.rows(Figure.STUCK, Set.of("mash"))).isEmpty();

        // Unallocated: C, handed to First Response Wed 30 Dec 11:00, waiting 31 4 5 = 3 working days. MASH still holds C as
        // a team, but C is counted once, with the team that has to allocate.
        assertThat(now.rows(Figure.UNALLOCATED, fr)).extracting(Oversight.Row::childId, Oversight.Row::workingDays, Oversight.Row::since)
                .containsExactly(tuple(child.get("C"), 3, london("2026-12-30T11:00")));
        assertThat(now.rows(Figure.UNALLOCATED, Set.of("mash"))).isEmpty();

        // Held by managers: D with fr.manager since Mon 21 Dec 10:00, 8 working days.
        assertThat(now.rows(Figure.MANAGER_HELD, fr)).extracting(Oversight.Row::childId, Oversight.Row::workingDays, Oversight.Row::workWith)
                .containsExactly(tuple(child.get("D"), 8, "Farah Sample (demo)"));

        // Open escalations (escalation-steps.dmn): A's deadline Mon 21 Dec: team manager Tue 22 Dec, head of service 2 working
        // days later, Thu 24 Dec: 2 open. D's "See the child" (due Wed 30 Dec): team manager Thu 31 Dec, head of service Tue 5 Jan
        // 09:00: 2 open; D's manager hold (5 working days from Mon 21 Dec: due Wed 30 Dec): head of service Thu 31 Dec, the second
        // only on Fri 8 Jan: 1 open. C (due Thu 31 Dec): team manager Mon 4 Jan; head of service not until Wed 6 Jan: 1 open.
        // First Response: 3 children, 6 escalations. MASH: F (due Tue 29 Dec): team manager Wed 30 Dec, head of service Thu 31 Dec.
        assertThat(now.count(Figure.ESCALATIONS, fr)).isEqualTo(new Oversight.Count(3, 6));
        assertThat(now.count(Figure.ESCALATIONS, Set.of("mash"))).isEqualTo(new Oversight.Count(1, 2));
        assertThat(now.count(Figure.ESCALATIONS, Set.of("cin-north"))).isEqualTo(new Oversight.Count(0, 0));

        // The board row per team says the same.
        List<Team> teams = List.of(workforce.team("first-response").orElseThrow());
        assertThat(oversight.board(now, teams).get(0).figures()).containsEntry(Figure.OVERDUE, new Oversight.Count(3, 3))
                .containsEntry(Figure.DUE_SOON, new Oversight.Count(2, 2)).containsEntry(Figure.STUCK, new Oversight.Count(1, 1))
                .containsEntry(Figure.UNALLOCATED, new Oversight.Count(1, 1)).containsEntry(Figure.MANAGER_HELD, new Oversight.Count(1, 1))
                .containsEntry(Figure.ESCALATIONS, new Oversight.Count(3, 6));
    }

    @Test
    void caseloadsCountChildrenAndWeighChildProtectionDouble() {
        Caseloads.TeamLoad fr = caseloads.teams(List.of(workforce.team("first-response").orElseThrow())).get(0);
        // fr.senior holds B (single assessment, weight 1) and G (child protection, weight 2): 2 children, weighted 3.
        // fr.sw holds A; fr.manager holds D against a capacity of 0: over capacity.
        assertThat(fr.workers()).extracting(Caseloads.WorkerLoad::username, Caseloads.WorkerLoad::children, Caseloads.WorkerLoad::weighted,
                        Caseloads.WorkerLoad::overCapacity)
                .contains(tuple("fr.senior", 2, 3.0, false), tuple("fr.sw", 1, 1.0, false), tuple("fr.manager", 1, 1.0, true),
                        tuple("fr.student", 0, 0.0, false));
        // Team: 4 children with named workers, weighted 5; capacity 15 + 18 + 10 + 4 + 12 (+ 0 for the manager) = 59.
        assertThat(fr.children()).isEqualTo(4);
        assertThat(fr.weighted()).isEqualTo(5.0);
        assertThat(fr.capacity()).isEqualTo(59);
        assertThat(fr.overCapacity()).containsExactly("fr.manager");

        // If fr.senior left: B and G need a new worker. fr.senior is to see B; G's strategy discussion is offered to the
        // team's managers, so nothing of G's is assigned to fr.senior.
        Caseloads.Leaving leaving = caseloads.leaving("fr.senior").orElseThrow();
        assertThat(leaving.children()).extracting(Caseloads.LeavingChild::childId, Caseloads.LeavingChild::stages,
                        Caseloads.LeavingChild::workAssigned, Caseloads.LeavingChild::weight)
                .containsExactlyInAnyOrder(
                        tuple(child.get("B"), List.of("Single assessment"), List.of("See the child (Single assessment)"), 1.0),
                        tuple(child.get("G"), List.of("Child protection"), List.of(), 2.0));
    }

    @Test
    void theApiAndPagesShowTheSameFiguresToTheTeamsManagerOnly() throws Exception {
        mvc.perform(get("/api/oversight").with(httpBasic("fr.manager", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.teams.length()").value(1))
                .andExpect(jsonPath("$.teams[0].team").value("first-response"))
                .andExpect(jsonPath("$.teams[0].figures.OVERDUE.children").value(3))
                .andExpect(jsonPath("$.teams[0].figures.ESCALATIONS.items").value(6));
        mvc.perform(get("/api/oversight/unallocated").param("team", "first-response").with(httpBasic("fr.manager", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children[0].childId").value(child.get("C")))
                .andExpect(jsonPath("$.children[0].workingDays").value(3));
        mvc.perform(get("/oversight").with(httpBasic("fr.manager", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 children have 3 pieces of work past their deadline")))
                .andExpect(content().string(containsString("/children/" + child.get("A"))));
        mvc.perform(get("/oversight/stuck").param("team", "cin-north").with(httpBasic("cinn.manager", "demo")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/children/" + child.get("E"))));
        // Another team's manager is refused; a head of service sees every team.
        mvc.perform(get("/oversight/overdue").param("team", "first-response").with(httpBasic("cinn.manager", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/oversight").param("team", "first-response").with(httpBasic("cinn.manager", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/caseloads/workers/fr.senior/leaving").with(httpBasic("cinn.manager", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/oversight").with(httpBasic("hos", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.teams.length()").value(workforce.teams().size()))
                .andExpect(jsonPath("$.total.OVERDUE.children").value(4));
        mvc.perform(get("/api/oversight").param("team", "no-such-team").with(httpBasic("hos", "demo"))).andExpect(status().isNotFound());
        // Practitioners have My work, not the board.
        mvc.perform(get("/oversight").with(httpBasic("fr.sw", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/caseloads").with(httpBasic("fr.sw", "demo"))).andExpect(status().isForbidden());
    }

    /** A contact decided by the MASH (the referrer told at once, so the MASH has nothing left open); returns the child's id. */
    private String decided(String firstName, String receivedAt, String pathway, boolean significantHarm) {
        ProcessInstance contact = engine.getRuntimeService().startProcessInstanceByKey("front-door", contact(firstName, receivedAt));
        journeys.complete(task(contact), FrontDoorProcessTest.screening(significantHarm ? "4" : "3", significantHarm, significantHarm ? "not-sought" : "yes"));
        journeys.complete(task(contact), FrontDoorProcessTest.decision(pathway, "Decided in the test."));
        String childId = (String) engine.getRuntimeService().getVariable(contact.getId(), "childId");
        journeys.complete(task("TellReferrer", contact), Map.of("feedbackMethod", "secure-email", "feedbackSummary", "Referrer told."));
        return childId;
    }

    private ProcessInstance referral(String firstName, String receivedAt) {
        return journeys.stage("single-assessment", decided(firstName, receivedAt, "referral", false));
    }

    private static Map<String, Object> contact(String firstName, String receivedAt) {
        Map<String, Object> v = FrontDoorProcessTest.contact(london(receivedAt).toString());
        v.put("childFirstName", firstName);
        return v;
    }
}
