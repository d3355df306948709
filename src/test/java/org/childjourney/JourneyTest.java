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
    void strategyDiscussionSection47ConferencesAPlanReviewsStepDownToChildInNeedThenClosureWithTheReferrerTold() {
        clockAt("2026-11-02T09:30");
        ProcessInstance contact = engine.getRuntimeService().startProcessInstanceByKey("front-door",
                FrontDoorProcessTest.contact(london("2026-11-02T09:00").toString(), "School: bruising on the face, child scared to go home."));
        journeys.complete(task(contact), FrontDoorProcessTest.screening("4", true, "not-sought"));
        journeys.complete(task(contact), FrontDoorProcessTest.decision("strategy-discussion", "Reasonable cause to suspect significant harm."));
        String childId = (String) engine.getRuntimeService().getVariable(contact.getId(), "childId");

        ProcessInstance cp = journeys.stage("child-protection", childId);
        journeys.handOver(cp, "fr.sw", "2026-11-02");
        journeys.complete(task("HoldStrategyDiscussion", cp), Map.of("strategyDiscussionDate", "2026-11-02", "strategyAttendees", "Police, school nurse",
                "strategyDecision", "s47", "strategyNotes", "Joint enquiry with police."));
        journeys.complete(task("Section47Enquiry", cp), Map.of("s47Findings", "Injury consistent with the child's account.", "s47Outcome", "icpc"));
        journeys.complete(task("HoldInitialConference", cp), Map.of("icpcDate", "2026-11-20", "cpPlanDecision", "plan", "abuseCategory", "PHY",
                "icpcNotes", "Plan under physical abuse."));
        journeys.complete(task("FirstCoreGroup", cp), Map.of("coreGroupDate", "2026-11-27", "coreGroupNotes", "Plan agreed."));
        journeys.complete(task("ChildProtectionVisit", cp), Map.of("visitDate", "2026-11-02", "childSeen", "yes", "childSeenAlone", "yes", "visitNotes", "Seen alone."));
        journeys.complete(task("HoldReviewConference", cp), Map.of("rcpcDate", "2026-11-02", "rcpcDecision", "continue", "abuseCategory", "PHY", "rcpcNotes", "Progress."));
        journeys.complete(task("HoldReviewConference", cp), Map.of("rcpcDate", "2026-11-02", "rcpcDecision", "cin-plan", "abuseCategory", "PHY",
                "cinTeam", "cin-north", "rcpcNotes", "Risks reduced: step down."));
        assertThat(cp).hasPassed("PlanEndedChildInNeed").isEnded();

        ProcessInstance cin = journeys.stage("child-in-need", childId);
        journeys.handOver(cin, "cinn.sw", "2026-11-02");
        journeys.complete(task("WritePlan", cin), Map.of("cinPlanStartDate", "2026-11-02", "cinPlanSummary", "Support after the plan."));
        journeys.complete(task("ReviewPlan", cin), Map.of("reviewDate", "2026-11-02", "reviewNotes", "Needs met.", "cinDecision", "close", "closureReason", "RC7"));
        assertThat(cin).hasPassed("CaseClosed").isEnded();

        // The school that referred is told the case has closed.
        ProcessInstance closure = journeys.stage("case-closed", childId);
        assertThat(closure).isWaitingAt("TellReferrerClosed").variables()
                .containsEntry("referrerOrganisation", "Demo Primary School").containsEntry("holdingTeam", "cin-north");
        assertThat(allocations.history(childId)).extracting(Allocations.Allocation::workerUsername).containsExactly(null, "fr.sw", "cinn.sw");
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::what).containsSubsequence(
                "MASH manager decision: Strategy discussion",
                "Strategy discussion on 2026-11-02: section 47 enquiry",
                "Section 47 enquiry: concerns substantiated, initial conference to be held",
                "Initial child protection conference on 2026-11-20: child protection plan, category PHY",
                "First core group on 2026-11-27",
                "Review child protection conference on 2026-11-02: the plan continues, category PHY",
                "Review child protection conference on 2026-11-02: the plan ends, category PHY",
                "Child in need plan started on 2026-11-02",
                "Episode closed: RC7: Services ceased for any other reason, including child no longer in need");
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
        // The CIN worker stays responsible, and child protection starts with them: no second handover.
        assertThat(allocations.current(childId)).extracting(Allocations.Allocation::workerUsername).containsExactly("cins.sw");
        ProcessInstance cp = journeys.stage("child-protection", childId);
        assertThat(cp).hasNotPassed("HandoverForChildProtection").isWaitingAt("HoldStrategyDiscussion");
        assertThat(task("HoldStrategyDiscussion", cp)).hasCandidateGroup("cin-south-managers");
    }
}
