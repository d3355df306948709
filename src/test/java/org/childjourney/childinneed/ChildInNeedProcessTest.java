package org.childjourney.childinneed;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childjourney.Journeys;
import org.childjourney.ProcessTest;
import org.childjourney.allocation.Allocations;
import org.childjourney.child.ChildIdentity;
import org.childjourney.child.ChildRegister;
import org.childjourney.child.Episodes;
import org.childjourney.chronology.Chronology;
import org.childjourney.chronology.ChronologyEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

/** The child in need model (bpmn/child-in-need.bpmn), started by the hand-off message an authorised assessment sends. */
class ChildInNeedProcessTest extends ProcessTest {

    @Autowired
    ChildRegister children;
    @Autowired
    Episodes episodes;
    @Autowired
    Allocations allocations;
    @Autowired
    Chronology chronology;

    private Journeys journeys;
    private String childId;

    @BeforeEach
    void journeys() {
        journeys = new Journeys(engine);
    }

    /** A child whose assessment was authorised with a CIN plan at {@code at}, handed to {@code team}, allocated to {@code worker}. */
    private ProcessInstance planNeeded(String at, String team, String worker) {
        clockAt(at);
        childId = children.findOrRegister(new ChildIdentity("Jesse", "Cintest", false, LocalDate.parse("2014-02-02"), null, "M", "WBRI", "NONE", null),
                london(at)).child().id();
        long episode = episodes.open(childId, Episodes.Kind.SOCIAL_CARE, london(at).minusSeconds(86400 * 30), null);
        allocations.receive(childId, "first-response", "fr.sw", false, london(at), null);
        allocations.completeHandover(childId, "first-response", "fr.sw", london(at));
        Map<String, Object> variables = new HashMap<>(Map.of("childId", childId, "childName", "Jesse Cintest", "episodeId", episode,
                "holdingTeam", team, "handoverFrom", "first-response", "handedOverAt", londonDate(at)));
        engine.getRuntimeService().createMessageCorrelation("child-in-need-hand-off").processInstanceBusinessKey(childId)
                .setVariables(variables).correlateStartMessage();
        ProcessInstance cin = journeys.stage("child-in-need", childId);
        journeys.handOver(cin, worker, at.substring(0, 10));
        return cin;
    }

    @Test
    void thePlanIsDueWithinTenWorkingDaysThenVisitsAndReviewsRunAtTheCouncilsIntervals() {
        // Handed over Thursday 17 December 2026. Ten working days, skipping Christmas Day, the Boxing Day substitute
        // (Monday 28th) and New Year's Day: 18, 21-24, 29-31 December, 4 and 5 January 2027.
        ProcessInstance cin = planNeeded("2026-12-17T10:00", "cin-north", "cinn.sw");
        assertThat(task("WritePlan", cin)).isAssignedTo("cinn.sw").hasDueDate(londonDate("2027-01-05T23:59:59"));

        journeys.complete(task("WritePlan", cin), Map.of("cinPlanStartDate", "2026-12-17", "cinPlanSummary", "School attendance and routines."));
        // Reviews every 3 months; visits every 20 working days: 18, 21-24 (5), 29-31 (8), 4-8 Jan (13), 11-15 (18), 18-19 (20).
        assertThat(task("ReviewPlan", cin)).hasDueDate(londonDate("2027-03-17T23:59:59"));
        assertThat(task("VisitChild", cin)).isAssignedTo("cinn.sw").hasDueDate(londonDate("2027-01-19T23:59:59"));

        clockAt("2027-01-11T15:00");
        journeys.complete(task("VisitChild", cin), visit("2027-01-11", "continue"));
        // The next visit is due 20 working days after this one: 12-15 (4), 18-22 (9), 25-29 (14), 1-5 Feb (19), 8 Feb (20).
        assertThat(task("VisitChild", cin)).hasDueDate(londonDate("2027-02-08T23:59:59"));

        clockAt("2027-03-10T11:00");
        journeys.complete(task("ReviewPlan", cin), review("2027-03-10", "continue", null));
        assertThat(task("ReviewPlan", cin)).hasDueDate(londonDate("2027-06-10T23:59:59"));
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::what).contains(
                "Child in need plan started on 2026-12-17",
                "Child in need visit on 2027-01-11: child seen, seen alone",
                "Child in need review on 2027-03-10: the plan continues");
    }

    @Test
    void closingAtReviewEndsThePlanTheEpisodeAndEveryAllocationWithTheCensusReason() {
        ProcessInstance cin = planNeeded("2026-11-02T10:00", "cin-south", "cins.sw");
        journeys.complete(task("WritePlan", cin), Map.of("cinPlanStartDate", "2026-11-02", "cinPlanSummary", "Plan."));

        assertThatThrownBy(() -> journeys.complete(task("ReviewPlan", cin), review("2026-11-02", "close", null)))
                .hasMessageContaining("Choose the CIN census reason for closure");
        journeys.complete(task("ReviewPlan", cin), review("2026-11-02", "close", "RC7"));

        assertThat(cin).hasPassed("PlanEnds", "CaseClosed").isEnded();
        assertThat(taskQuery().processInstanceId(cin.getId()).count()).isZero();
        assertThat(episodes.of(childId)).singleElement().satisfies(e ->
                assertThat(e.endReason()).isEqualTo("RC7: Services ceased for any other reason, including child no longer in need"));
        assertThat(allocations.current(childId)).isEmpty();
    }

    @Test
    void aVisitCanStepTheChildUpToChildProtectionAtAnyPoint() {
        ProcessInstance cin = planNeeded("2026-11-02T10:00", "cin-north", "cinn.sw");
        journeys.complete(task("WritePlan", cin), Map.of("cinPlanStartDate", "2026-11-02", "cinPlanSummary", "Plan."));
        journeys.complete(task("VisitChild", cin), visit("2026-11-02", "step-up"));

        assertThat(cin).hasPassed("StepUpFromVisit", "SteppedUp").hasNotPassed("PlanEnds", "ReviewDecision").isEnded();
        assertThat(taskQuery().processInstanceId(cin.getId()).count()).isZero();
        assertThat(db.sql("select stage from hand_off where child_id = ? and from_team = 'cin-north'").param(childId).query(String.class).single())
                .isEqualTo("SteppedUp");
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::what)
                .contains("Child in need visit on 2026-11-02: child seen, seen alone; step up to child protection");
    }

    @Test
    void aReviewCanStepUpOrStepDownToEarlyHelp() {
        ProcessInstance up = planNeeded("2026-11-02T10:00", "cin-north", "cinn.sw");
        journeys.complete(task("WritePlan", up), Map.of("cinPlanStartDate", "2026-11-02", "cinPlanSummary", "Plan."));
        journeys.complete(task("ReviewPlan", up), review("2026-11-02", "step-up", null));
        assertThat(up).hasPassed("SteppedUp").isEnded();

        ProcessInstance down = planNeeded("2026-11-03T10:00", "cwd", "cwd.sw");
        journeys.complete(task("WritePlan", down), Map.of("cinPlanStartDate", "2026-11-03", "cinPlanSummary", "Plan."));
        journeys.complete(task("ReviewPlan", down), review("2026-11-03", "step-down", null));
        assertThat(down).hasPassed("SteppedDown").isEnded();
        assertThat(db.sql("select to_team from hand_off where child_id = ? and from_team = 'cwd'").param(childId).query(String.class).single())
                .isEqualTo("family-resilience");
    }

    private static Map<String, Object> visit(String day, String outcome) {
        return Map.of("visitDate", day, "childSeen", "yes", "childSeenAlone", "yes", "visitNotes", "Visit notes.", "visitOutcome", outcome);
    }

    private static Map<String, Object> review(String day, String decision, String closureReason) {
        Map<String, Object> v = new HashMap<>(Map.of("reviewDate", day, "reviewNotes", "Review notes.", "cinDecision", decision));
        if (closureReason != null) {
            v.put("closureReason", closureReason);
        }
        return v;
    }
}
