package org.childjourney;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childjourney.allocation.Allocations;
import org.childjourney.child.Episodes;
import org.childjourney.chronology.Chronology;
import org.childjourney.chronology.ChronologyEntry;
import org.childjourney.chronology.ChronologyEntry.EntryType;
import org.childjourney.frontdoor.FrontDoorProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** Whole journeys across the models, from a contact at the front door to the end of the episode, told by the chronology. */
class JourneyTest extends ProcessTest {

    @Autowired
    Chronology chronology;
    @Autowired
    Episodes episodes;
    @Autowired
    Allocations allocations;

    private Journeys journeys;

    @BeforeEach
    void journeys() {
        journeys = new Journeys(engine);
    }

    @Test
    void contactToAssessmentToAChildInNeedPlanToClosure() {
        clockAt("2026-11-02T09:30");
        ProcessInstance assessment = journeys.referral(london("2026-11-02T09:00").toString(), Map.of());
        String childId = assessment.getBusinessKey();
        journeys.assess(assessment, "2026-11-02", "cin-plan", "cin-north");
        assertThat(assessment).hasPassed("HandedToChildInNeed").isEnded();

        ProcessInstance cin = journeys.stage("child-in-need", childId);
        journeys.handOver(cin, "cinn.sw", "2026-11-02");
        journeys.complete(task("WritePlan", cin), Map.of("cinPlanStartDate", "2026-11-02", "cinPlanSummary", "Routines and school."));
        journeys.complete(task("VisitChild", cin), Map.of("visitDate", "2026-11-02", "childSeen", "yes", "childSeenAlone", "yes",
                "visitNotes", "Settled.", "visitOutcome", "continue"));
        journeys.complete(task("ReviewPlan", cin), Map.of("reviewDate", "2026-11-02", "reviewNotes", "Needs met.", "cinDecision", "close",
                "closureReason", "RC7"));

        assertThat(cin).hasPassed("CaseClosed").isEnded();
        assertThat(episodes.of(childId)).singleElement().satisfies(e -> assertThat(e.endReason()).startsWith("RC7"));
        assertThat(allocations.current(childId)).isEmpty();
        assertThat(allocations.history(childId)).extracting(Allocations.Allocation::workerUsername).containsExactly(null, "fr.sw", "cinn.sw");
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::type).containsSubsequence(
                EntryType.CONTACT, EntryType.DECISION, EntryType.DECISION, EntryType.HAND_OFF,   // front door
                EntryType.ALLOCATION, EntryType.DECISION,                                        // handover to First Response
                EntryType.DECISION, EntryType.DECISION, EntryType.DECISION, EntryType.HAND_OFF,  // seen, assessed, authorised
                EntryType.ALLOCATION, EntryType.DECISION,                                        // handover to CIN North
                EntryType.DECISION, EntryType.DECISION, EntryType.DECISION, EntryType.OUTCOME);  // plan, visit, review, closed
    }

    @Test
    void stepDownToEarlyHelpThenAReReferralWithinTwelveMonthsIsFlagged() {
        clockAt("2026-11-02T09:30");
        ProcessInstance assessment = journeys.referral(london("2026-11-02T09:00").toString(), Map.of());
        String childId = assessment.getBusinessKey();
        journeys.assess(assessment, "2026-11-02", "early-help", null);
        // The social care episode closes (RC9) and early help opens its own episode for the Family Resilience Service.
        assertThat(episodes.of(childId)).extracting(Episodes.Episode::kind, Episodes.Episode::endReason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Episodes.Kind.SOCIAL_CARE, "RC9: Case closed after assessment, referred to early help"),
                org.assertj.core.groups.Tuple.tuple(Episodes.Kind.EARLY_HELP, null));

        clockAt("2027-02-15T10:00");
        ProcessInstance again = engine.getRuntimeService().startProcessInstanceByKey("front-door",
                FrontDoorProcessTest.contact(london("2027-02-15T09:00").toString(), "School: worries are back."));
        assertThat(again).variables().containsEntry("childId", childId).containsEntry("reReferral", true)
                .containsEntry("previousEpisodeEndedOn", "2 November 2026");
    }

    @Test
    void stepUpFromChildInNeedHandsTheChildToAStrategyDiscussion() {
        clockAt("2026-11-02T09:30");
        ProcessInstance assessment = journeys.referral(london("2026-11-02T09:00").toString(), Map.of());
        String childId = assessment.getBusinessKey();
        journeys.assess(assessment, "2026-11-02", "cin-plan", "cin-south");
        ProcessInstance cin = journeys.stage("child-in-need", childId);
        journeys.handOver(cin, "cins.sw", "2026-11-02");
        journeys.complete(task("WritePlan", cin), Map.of("cinPlanStartDate", "2026-11-02", "cinPlanSummary", "Plan."));
        journeys.complete(task("VisitChild", cin), Map.of("visitDate", "2026-11-02", "childSeen", "yes", "childSeenAlone", "no",
                "visitNotes", "Injury seen.", "visitOutcome", "step-up"));

        assertThat(cin).hasPassed("SteppedUp").isEnded();
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::what).last()
                .isEqualTo("Stepped up to child protection: handed from cin-south to cin-south");
        // The CIN worker stays responsible while child protection begins.
        assertThat(allocations.current(childId)).extracting(Allocations.Allocation::workerUsername).containsExactly("cins.sw");
    }
}
