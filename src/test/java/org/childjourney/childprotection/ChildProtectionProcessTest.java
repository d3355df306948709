package org.childjourney.childprotection;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** The child protection model (bpmn/child-protection.bpmn), started by a strategy discussion hand-off. */
class ChildProtectionProcessTest extends ProcessTest {

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

    /** Concerns handed to {@code team} at {@code at}; the child already has {@code worker} in that team, or none. */
    private ProcessInstance concern(String at, String team, String worker) {
        clockAt(at);
        childId = children.findOrRegister(new ChildIdentity("Kit", "Cptest", false, LocalDate.parse("2019-08-08"), null, "F", "WBRI", "NONE", null),
                london(at)).child().id();
        long episode = episodes.open(childId, Episodes.Kind.SOCIAL_CARE, london(at), null);
        if (worker != null) {
            allocations.receive(childId, team, worker, false, london(at), null);
            allocations.completeHandover(childId, team, worker, london(at));
        } else {
            allocations.holdAtTeam(childId, "mash", london(at), null);
        }
        engine.getRuntimeService().createMessageCorrelation("strategy-discussion-hand-off").processInstanceBusinessKey(childId)
                .setVariables(new HashMap<>(Map.of("childId", childId, "childName", "Kit Cptest", "episodeId", episode,
                        "holdingTeam", team, "handoverFrom", "mash", "handedOverAt", londonDate(at))))
                .correlateStartMessage();
        return journeys.stage("child-protection", childId);
    }

    @Test
    void strategyDiscussionSection47AndAnInitialConferenceWithinFifteenWorkingDaysThenThePlan() {
        // Concern on Thursday 24 December 2026: strategy discussion within 1 working day, Tuesday 29 December.
        ProcessInstance cp = concern("2026-12-24T15:00", "first-response", "fr.sw");
        assertThat(cp).hasPassed("FindHoldingWorker").hasNotPassed("HandoverForChildProtection");
        assertThat(task("HoldStrategyDiscussion", cp)).hasCandidateGroup("first-response-managers").hasDueDate(londonDate("2026-12-29T23:59:59"));

        clockAt("2026-12-29T11:00");
        complete("HoldStrategyDiscussion", cp, strategy("2026-12-29", "s47"));
        // Enquiry within 10 working days of the strategy discussion: 30, 31 Dec, 4-8 Jan, 11-13 Jan 2027.
        assertThat(task("Section47Enquiry", cp)).isAssignedTo("fr.sw").hasDueDate(londonDate("2027-01-13T23:59:59"));
        complete("Section47Enquiry", cp, enquiry("icpc"));
        // Conference within 15 working days of the strategy discussion: 14, 15, 18, 19, 20 January.
        assertThat(task("HoldInitialConference", cp)).hasCandidateGroup("cp-chairs").hasDueDate(londonDate("2027-01-20T23:59:59"));

        assertThatThrownBy(() -> complete("HoldInitialConference", cp, conference("2027-01-20", "plan", null)))
                .hasMessageContaining("Choose the category of abuse");
        clockAt("2027-01-20T14:00");
        complete("HoldInitialConference", cp, conference("2027-01-20", "plan", "NEG"));

        // First core group within 10 working days of the conference (21, 22, 25-29 January, 1-3 February); visits every
        // 10 working days; the first review conference within 3 months of the initial one.
        assertThat(task("FirstCoreGroup", cp)).isAssignedTo("fr.sw").hasDueDate(londonDate("2027-02-03T23:59:59"));
        assertThat(task("ChildProtectionVisit", cp)).isAssignedTo("fr.sw").hasDueDate(londonDate("2027-02-03T23:59:59"));
        assertThat(task("HoldReviewConference", cp)).hasCandidateGroup("cp-chairs").hasDueDate(londonDate("2027-04-20T23:59:59"));

        complete("FirstCoreGroup", cp, Map.of("coreGroupDate", "2027-01-20", "coreGroupNotes", "Outline plan agreed."));
        clockAt("2027-02-01T10:00");
        complete("ChildProtectionVisit", cp, visit("2027-02-01"));
        // The next visit, 10 working days after this one: 2-5 February (4), 8-12 February (9), Monday 15 February (10).
        assertThat(task("ChildProtectionVisit", cp)).hasDueDate(londonDate("2027-02-15T23:59:59"));

        clockAt("2027-04-15T10:00");
        complete("HoldReviewConference", cp, review("2027-04-15", "continue", "EMO", null));
        // Later reviews no more than 6 months apart.
        assertThat(task("HoldReviewConference", cp)).hasDueDate(londonDate("2027-10-15T23:59:59"));

        clockAt("2027-10-01T10:00");
        complete("HoldReviewConference", cp, review("2027-10-01", "cin-plan", "EMO", "cin-south"));
        assertThat(cp).hasPassed("PlanEnds", "PlanEndedChildInNeed").isEnded();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(cp.getId())
                .variableName("abuseCategoryAtStart").singleResult().getValue()).isEqualTo("NEG");
        assertThat(journeys.stage("child-in-need", childId)).isNotNull();
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::what).contains(
                "Strategy discussion on 2026-12-29: section 47 enquiry",
                "Section 47 enquiry: concerns substantiated, initial conference to be held",
                "Initial child protection conference on 2027-01-20: child protection plan, category NEG",
                "First core group on 2027-01-20",
                "Child protection visit on 2027-02-01: child seen, seen alone",
                "Review child protection conference on 2027-04-15: the plan continues, category EMO",
                "Review child protection conference on 2027-10-01: the plan ends, category EMO");
    }

    @Test
    void theConferenceClockRunsFromTheLatestStrategyDiscussion() {
        ProcessInstance cp = concern("2026-12-24T15:00", "first-response", "fr.sw");
        clockAt("2026-12-29T11:00");
        complete("HoldStrategyDiscussion", cp, strategy("2026-12-29", "s47"));
        clockAt("2027-01-05T16:00");
        complete("Section47Enquiry", cp, enquiry("another-strategy-discussion"));
        // New information on Tuesday 5 January: the next strategy discussion within 1 working day of it.
        assertThat(task("HoldStrategyDiscussion", cp)).hasDueDate(londonDate("2027-01-06T23:59:59"));
        clockAt("2027-01-06T11:00");
        complete("HoldStrategyDiscussion", cp, strategy("2027-01-06", "s47"));
        complete("Section47Enquiry", cp, enquiry("icpc"));
        // 15 working days from Wednesday 6 January 2027: 7, 8, 11-15, 18-22, 25, 26, 27.
        assertThat(task("HoldInitialConference", cp)).hasDueDate(londonDate("2027-01-27T23:59:59"));
    }

    @Test
    void aChildWithoutANamedWorkerIsHandedOverFirstAndOnlyToARegisteredSocialWorker() {
        ProcessInstance cp = concern("2026-11-20T10:00", "first-response", null);
        ProcessInstance handover = calledProcessInstance(cp);
        assertThatThrownBy(() -> journeys.complete(task("AllocateNamedWorker", handover), Map.of("allocatedWorker", "fr.student")))
                .hasMessageContaining("statutory work ('child protection') can only be held by a registered social worker");
        journeys.handOver(cp, "fr.senior", "2026-11-20");
        assertThat(cp).isWaitingAt("HoldStrategyDiscussion");
        assertThat(cp).variables().containsEntry("allocatedWorker", "fr.senior");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "strategy discussion: child in need plan, strategy, cin-plan, NoEnquiryChildInNeed",
            "strategy discussion: close, strategy, close, NoEnquiryClosed",
            "enquiry: child in need plan, enquiry, cin-plan, NotSubstantiatedChildInNeed",
            "enquiry: close, enquiry, close, NotSubstantiatedClosed",
            "conference: no plan then child in need, conference, cin-plan, NoPlanChildInNeed",
            "conference: no plan then close, conference, close, NoPlanClosed",
            "review: early help, review, early-help, PlanEndedEarlyHelp",
            "review: close, review, close, PlanEndedClosed"})
    void everyWayOutOfChildProtection(String name, String at, String decision, String end) {
        ProcessInstance cp = concern("2026-11-20T10:00", "cin-north", "cinn.sw");
        if (at.equals("strategy")) {
            complete("HoldStrategyDiscussion", cp, strategy("2026-11-20", decision));
        } else {
            complete("HoldStrategyDiscussion", cp, strategy("2026-11-20", "s47"));
            if (at.equals("enquiry")) {
                complete("Section47Enquiry", cp, enquiry(decision));
            } else {
                complete("Section47Enquiry", cp, enquiry("icpc"));
                if (at.equals("conference")) {
                    Map<String, Object> noPlan = conference("2026-11-20", "no-plan", null);
                    noPlan.put("noPlanNext", decision);
                    noPlan.putAll(decision.equals("close") ? Map.of("closureReason", "RC7") : Map.of("cinTeam", "cin-north"));
                    complete("HoldInitialConference", cp, noPlan);
                } else {
                    complete("HoldInitialConference", cp, conference("2026-11-20", "plan", "PHY"));
                    complete("HoldReviewConference", cp, review("2026-11-20", decision, "PHY", null));
                }
            }
        }
        assertThat(cp).hasPassed(end).isEnded();
        if (decision.equals("close") || decision.equals("early-help")) {
            assertThat(episodes.of(childId).get(0).endReason()).startsWith("RC7");
        }
    }

    // --- helpers -----------------------------------------------------------------------------------

    private void complete(String taskKey, ProcessInstance cp, Map<String, Object> variables) {
        Task task = task(taskKey, cp);
        engine.getTaskService().complete(task.getId(), variables);
    }

    private static Map<String, Object> strategy(String day, String decision) {
        Map<String, Object> v = new HashMap<>(Map.of("strategyDiscussionDate", day, "strategyAttendees", "Police, health visitor, social care",
                "strategyDecision", decision, "strategyNotes", "Information shared."));
        addNext(v, decision);
        return v;
    }

    private static Map<String, Object> enquiry(String outcome) {
        Map<String, Object> v = new HashMap<>(Map.of("s47Findings", "Findings of the enquiry.", "s47Outcome", outcome));
        addNext(v, outcome);
        return v;
    }

    private static Map<String, Object> conference(String day, String decision, String category) {
        Map<String, Object> v = new HashMap<>(Map.of("icpcDate", day, "cpPlanDecision", decision, "icpcNotes", "Conference decisions."));
        if (category != null) {
            v.put("abuseCategory", category);
        }
        return v;
    }

    private static Map<String, Object> review(String day, String decision, String category, String cinTeam) {
        Map<String, Object> v = new HashMap<>(Map.of("rcpcDate", day, "rcpcDecision", decision, "abuseCategory", category,
                "rcpcNotes", "Progress against the plan."));
        if (cinTeam != null) {
            v.put("cinTeam", cinTeam);
        }
        addNext(v, decision);
        return v;
    }

    private static void addNext(Map<String, Object> v, String decision) {
        if (decision.equals("cin-plan")) {
            v.putIfAbsent("cinTeam", "cin-north");
        } else if (decision.equals("close")) {
            v.put("closureReason", "RC7");
        }
    }

    private static Map<String, Object> visit(String day) {
        return Map.of("visitDate", day, "childSeen", "yes", "childSeenAlone", "yes", "visitNotes", "Seen at home, alone in her room.");
    }
}
