package org.childjourney.frontdoor;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childjourney.ProcessTest;
import org.childjourney.child.Episodes;
import org.childjourney.chronology.Chronology;
import org.childjourney.chronology.ChronologyEntry;
import org.childjourney.chronology.ChronologyEntry.EntryType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The front door model (bpmn/front-door.bpmn) on the real engine, with dates worked out by hand in the comments. */
public class FrontDoorProcessTest extends ProcessTest {

    @Autowired
    Chronology chronology;
    @Autowired
    Episodes episodes;

    // --- the journey through the MASH ---------------------------------------------------------

    @Test
    void referralIsScreenedDecidedAndHandedToFirstResponseWithTheReferrerTold() {
        // Thursday 24 December 2026, 16:00. The next working day is Tuesday 29 December: Friday is Christmas Day,
        // then the weekend, then Monday 28 December, the substitute day for Boxing Day (a Saturday).
        clockAt("2026-12-24T16:20");
        ProcessInstance contact = recordContact(contact("2026-12-24T16:00+00:00"));

        assertThat(contact).isWaitingAt("MashScreening");
        Task screening = task(contact);
        assertThat(screening).hasCandidateGroup("mash").hasDueDate(londonDate("2026-12-29T23:59:59"));

        complete(screening, screening("3", false, "yes"));
        assertThat(contact).isWaitingAt("MashDecision").variables().containsEntry("recommendedPathway", "referral");
        // Working Together: the decision within 1 working day of receipt, on the same clock as screening here.
        assertThat(task(contact)).hasCandidateGroup("mash-managers").hasDueDate(londonDate("2026-12-29T23:59:59"));

        complete(task(contact), decision("referral", "Needs a single assessment: neglect concerns over three days."));
        // Referrer feedback within 3 working days of the contact: 29, 30 and 31 December.
        assertThat(task(contact)).hasName("Tell the referrer the outcome").hasDueDate(londonDate("2026-12-31T23:59:59"));
        complete(task(contact), Map.of("feedbackMethod", "secure-email", "feedbackSummary", "Told the school a social worker will assess."));

        assertThat(contact).hasPassed("HandedToAssessment", "ReferrerTold").isEnded();
        String childId = (String) historicVariable(contact, "childId");
        assertThat(db.sql("select to_team, stage from hand_off where child_id = ?").param(childId).query().listOfRows())
                .extracting(r -> r.get("TO_TEAM"), r -> r.get("STAGE")).containsExactly(tuple("first-response", "referral"));
        // The CIN census referral date is the day the contact was received, not the day it was decided.
        assertThat(episodes.of(childId)).singleElement()
                .satisfies(e -> assertThat(e.startedAt()).isEqualTo(london("2026-12-24T16:00")))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(Episodes.Kind.SOCIAL_CARE));
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::type, ChronologyEntry::what).containsExactly(
                tuple(EntryType.CONTACT, "Contact received from Demo Primary School (referral source 2A: SCHOOLS), RAG amber; child newly registered"),
                tuple(EntryType.DECISION, "MASH screening: level of need 3"),
                tuple(EntryType.DECISION, "MASH manager decision: Referral to children's social care for assessment"),
                tuple(EntryType.HAND_OFF, "Referral to children's social care for assessment: handed from mash to first-response"),
                tuple(EntryType.DECISION, "Referrer told the outcome (secure-email): Referral to children's social care for assessment"));
        assertThat(chronology.of(childId).get(2).why()).isEqualTo("Needs a single assessment: neglect concerns over three days.");
    }

    @ParameterizedTest(name = "level {0}, significant harm {1}, consent {2}: {3}")
    @CsvSource({
            "1, false, yes, nfa, ClosedNoFurtherAction",
            "2, false, no, information-advice, ClosedInformationAndAdvice",
            "2, false, yes, early-help, HandedToEarlyHelp",
            "3, true, not-sought, strategy-discussion, HandedToStrategyDiscussion",
            "4, false, no, strategy-discussion, HandedToStrategyDiscussion"})
    void thresholdTableRecommendsAndTheManagerConfirms(String level, boolean harm, String consent, String pathway, String end) {
        clockAt("2026-11-20T10:00");
        ProcessInstance contact = recordContact(contact("2026-11-20T09:30+00:00"));
        complete(task(contact), screening(level, harm, consent));
        assertThat(contact).variables().containsEntry("recommendedPathway", pathway);
        complete(task(contact), decision(pathway, "Agree with the threshold table."));
        complete(task(contact), Map.of("feedbackMethod", "phone", "feedbackSummary", "Outcome explained."));

        assertThat(contact).hasPassed(end, "ReferrerTold").isEnded();
        String childId = (String) historicVariable(contact, "childId");
        assertThat(db.sql("select outcome from contact where child_id = ?").param(childId).query(String.class).single()).isEqualTo(pathway);
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::what)
                .contains("MASH manager decision: " + FrontDoorOutcome.fromCode(pathway).words());
    }

    @Test
    void stepDownToEarlyHelpOpensAnEarlyHelpEpisodeWithTheFamilyResilienceService() {
        clockAt("2026-11-20T10:00");
        ProcessInstance contact = recordContact(contact("2026-11-20T09:30+00:00"));
        complete(task(contact), screening("2", false, "yes"));
        complete(task(contact), decision("early-help", "Family support will help with routines."));

        String childId = (String) contactVariable(contact, "childId");
        assertThat(db.sql("select to_team from hand_off where child_id = ?").param(childId).query(String.class).single()).isEqualTo("family-resilience");
        assertThat(episodes.of(childId)).extracting(Episodes.Episode::kind).containsExactly(Episodes.Kind.EARLY_HELP);
    }

    @Test
    void noFurtherActionForAnAnonymousContactIsRecordedWithItsReasonAndNeedsNoFeedback() {
        clockAt("2026-11-20T10:00");
        Map<String, Object> anonymous = contact("2026-11-20T09:30+00:00");
        anonymous.put("referrerAnonymous", true);
        anonymous.remove("referrerName");
        anonymous.remove("referrerOrganisation");
        anonymous.put("referralSource", "9");
        ProcessInstance contact = recordContact(anonymous);
        complete(task(contact), screening("1", false, "no"));
        complete(task(contact), decision("nfa", "Universal services only: the family already has support from the school nurse."));

        assertThat(contact).hasPassed("ClosedNoFurtherAction", "ReferrerAnonymous").hasNotPassed("TellReferrer").isEnded();
        String childId = (String) historicVariable(contact, "childId");
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::what, ChronologyEntry::why).contains(
                tuple("MASH manager decision: No further action", "Universal services only: the family already has support from the school nurse."),
                tuple("Contact concluded at the front door: No further action", null));
    }

    @Test
    void managerWhoOverridesTheThresholdTableMustSayWhy() {
        clockAt("2026-11-20T10:00");
        ProcessInstance contact = recordContact(contact("2026-11-20T09:30+00:00"));
        complete(task(contact), screening("3", false, "yes"));
        Task decision = task(contact);

        assertThatThrownBy(() -> complete(decision, decision("nfa", "Family moved away.")))
                .hasMessageContaining("Your decision differs from the threshold table's recommendation");
        assertThat(contact).isWaitingAt("MashDecision");
        assertThat(engine.getRuntimeService().getVariable(contact.getId(), "decisionReason")).isNull();

        Map<String, Object> overridden = decision("nfa", "Family moved away.");
        overridden.put("overrideReason", "The family moved to another authority yesterday; transferred to them by phone.");
        complete(decision, overridden);
        String childId = (String) contactVariable(contact, "childId");
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::what).contains(
                "MASH manager decision: No further action (the threshold table recommended Referral to children's social care for assessment;"
                        + " override: The family moved to another authority yesterday; transferred to them by phone.)");
    }

    // --- timescales and escalation -------------------------------------------------------------

    @ParameterizedTest(name = "{0} contact received {1}: screen by {2}")
    @CsvSource({
            "red, 2026-12-24T16:00+00:00, 2026-12-24T23:59:59",   // red: the same working day
            "red, 2026-12-26T11:00+00:00, 2026-12-29T23:59:59",   // received on Boxing Day (Saturday): next working day
            "amber, 2026-12-24T16:00+00:00, 2026-12-29T23:59:59",
            "green, 2026-12-18T10:00+00:00, 2026-12-23T23:59:59"  // 3 working days: Mon 21, Tue 22, Wed 23
    })
    void screeningIsDueByTheRagRatingsTimescale(String urgency, String receivedAt, String due) {
        clockAt("2026-12-29T08:00");
        Map<String, Object> variables = contact(receivedAt);
        variables.put("urgency", urgency);
        ProcessInstance contact = recordContact(variables);
        assertThat(task(contact)).hasDueDate(londonDate(due));
    }

    @Test
    void missedScreeningEscalatesToTheTeamManagerThenTheHeadOfServiceAndLateWorkMustSayWhy() {
        clockAt("2026-12-24T16:20");
        ProcessInstance contact = recordContact(contact("2026-12-24T16:00+00:00"));
        Task screening = task(contact);
        String childId = (String) contactVariable(contact, "childId");

        // Due by the end of Tuesday 29 December; escalation at 09:00 on the next working day.
        moveClockAndRunTimers("2026-12-30T08:59");
        assertThat(escalations()).isEmpty();
        moveClockAndRunTimers("2026-12-30T09:00");
        assertThat(escalations()).singleElement().satisfies(t -> {
            assertThat(t.getName()).isEqualTo("Review overdue work (first escalation)");
            assertThat(t.getAssignee()).isEqualTo("mash.manager");
        });
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::type, ChronologyEntry::what).contains(tuple(EntryType.ESCALATION,
                "Escalated to the team manager (mash.manager): 'MASH screening' overdue since Tuesday 29 December 2026 23:59"));

        // Still outstanding 1 working day later (the MASH row of the escalation table): the head of service.
        moveClockAndRunTimers("2026-12-31T08:59");
        assertThat(escalations()).hasSize(1);
        moveClockAndRunTimers("2026-12-31T09:00");
        assertThat(escalations()).extracting(Task::getAssignee).containsExactlyInAnyOrder("mash.manager", "hos");
        assertThat(contact).isWaitingAt("MashScreening");

        assertThatThrownBy(() -> complete(screening, screening("3", false, "yes")))
                .hasMessageContaining("'MASH screening' was due by Tuesday 29 December 2026 23:59 and is now late")
                .hasMessageContaining("Nothing has been saved yet");
        assertThat(engine.getRuntimeService().getVariable(contact.getId(), "levelOfNeed")).isNull();

        Map<String, Object> late = screening("3", false, "yes");
        late.put("lateReason", "Two MASH officers off sick over Christmas; contacts triaged by RAG.");
        complete(screening, late);
        assertThat(escalationsOf(screening.getId())).isEmpty();
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::type, ChronologyEntry::why).contains(
                tuple(EntryType.LATE_COMPLETION, "Two MASH officers off sick over Christmas; contacts triaged by RAG."));
        // The reason belongs to that task: the decision, also late now, must give its own.
        assertThat(engine.getRuntimeService().getVariable(contact.getId(), "lateReason")).isNull();
        assertThatThrownBy(() -> complete(task(contact), decision("referral", "Assessment needed.")))
                .hasMessageContaining("'MASH manager decision' was due by Tuesday 29 December 2026 23:59");
    }

    @Test
    void referralOnChristmasEveTwentyTwentySevenIsDecidedByWednesdayAndEscalatesOnThursday() {
        // Friday 24 December 2027: Christmas and Boxing Day fall at the weekend, so Monday 27 and Tuesday 28 are
        // substitute bank holidays and the 1 working day ends on Wednesday 29 December.
        clockAt("2027-12-24T10:30");
        ProcessInstance contact = recordContact(contact("2027-12-24T10:00+00:00"));
        complete(task(contact), screening("3", false, "yes"));
        Task decision = task(contact);
        assertThat(decision).hasDueDate(londonDate("2027-12-29T23:59:59"));

        moveClockAndRunTimers("2027-12-30T08:59");
        assertThat(escalationsOf(decision.getId())).isEmpty();
        moveClockAndRunTimers("2027-12-30T09:00");
        assertThat(escalationsOf(decision.getId())).extracting(Task::getAssignee).containsExactly("mash.manager");
        moveClockAndRunTimers("2027-12-31T09:00");
        assertThat(escalationsOf(decision.getId())).extracting(Task::getAssignee).containsExactlyInAnyOrder("mash.manager", "hos");
    }

    // --- police domestic abuse notifications ---------------------------------------------------

    @Test
    void domesticAbuseNotificationGoesToTheDailyTriageAndCanBeScreenedInTheMash() {
        clockAt("2026-11-20T08:00");
        ProcessInstance notification = recordContact(policeNotification("2026-11-20T07:10+00:00", "medium"));
        assertThat(notification).isWaitingAt("DomesticAbuseTriage").variables().containsEntry("lowLevelNotificationsInLast12Months", 0);
        assertThat(task(notification)).hasCandidateGroup("mash").hasDueDate(londonDate("2026-11-23T23:59:59"));

        complete(task(notification), triage("mash-screening", "Medium risk with a baby in the home."));
        assertThat(notification).isWaitingAt("MashScreening");
    }

    @Test
    void aFirstLowLevelNotificationCanBeClosedByTheTriageAndItsDecisionIsOnTheChronology() {
        clockAt("2026-11-20T08:00");
        ProcessInstance notification = recordContact(policeNotification("2026-11-20T07:10+00:00", "standard"));
        complete(task(notification), triage("share-information", "Verbal argument, no injuries; school told through Operation Encompass."));
        assertThat(notification).hasPassed("RepeatNotificationsRule").hasNotPassed("RepeatNotificationsReview", "MashScreening")
                .isWaitingAt("TellReferrer");
        complete(task(notification), Map.of("feedbackMethod", "secure-email", "feedbackSummary", "Police told: information shared."));
        assertThat(notification).hasPassed("ClosedInformationAndAdvice").isEnded();
        String childId = (String) historicVariable(notification, "childId");
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::what, ChronologyEntry::why).contains(tuple(
                "Daily domestic abuse triage: information shared with school and health (standard risk; 1 low-level notifications in 12 months)",
                "Verbal argument, no injuries; school told through Operation Encompass."));
    }

    @Test
    void theThirdLowLevelNotificationWithinTwelveMonthsForcesAManagerReview() {
        closedLowLevelNotification("2026-01-15T22:00");
        closedLowLevelNotification("2026-07-02T23:30");
        clockAt("2026-12-01T08:00");
        ProcessInstance third = recordContact(policeNotification("2026-12-01T06:45+00:00", "standard"));
        assertThat(third).variables().containsEntry("lowLevelNotificationsInLast12Months", 3);

        complete(task(third), triage("nfa", "Low level again."));
        assertThat(third).isWaitingAt("RepeatNotificationsReview");
        assertThat(task(third)).hasCandidateGroup("mash-managers").hasDueDate(londonDate("2026-12-02T23:59:59"));

        complete(task(third), Map.of("reviewDecision", "mash-screening", "reviewReason", "Pattern of three incidents in a year: screen."));
        assertThat(third).isWaitingAt("MashScreening");
    }

    @Test
    void aManagerCanAgreeNoFurtherActionOnARepeatNotification() {
        closedLowLevelNotification("2026-02-10T21:00");
        closedLowLevelNotification("2026-06-10T21:00");
        clockAt("2026-12-01T08:00");
        ProcessInstance third = recordContact(policeNotification("2026-12-01T06:45+00:00", "standard"));
        complete(task(third), triage("nfa", "Low level again."));
        complete(task(third), Map.of("reviewDecision", "nfa", "reviewReason", "Parents separated in June; this was the handover of the child, no risk."));
        complete(task(third), Map.of("feedbackMethod", "secure-email", "feedbackSummary", "Police told."));
        assertThat(third).hasPassed("RepeatNotificationsReview", "ClosedNoFurtherAction").hasNotPassed("MashScreening").isEnded();
    }

    @Test
    void notificationsOlderThanTwelveMonthsDoNotCount() {
        closedLowLevelNotification("2025-11-30T21:00"); // more than 12 months before 1 December 2026
        closedLowLevelNotification("2026-06-10T21:00");
        clockAt("2026-12-01T08:00");
        ProcessInstance third = recordContact(policeNotification("2026-12-01T06:45+00:00", "standard"));
        assertThat(third).variables().containsEntry("lowLevelNotificationsInLast12Months", 2);
        complete(task(third), triage("nfa", "Low level."));
        assertThat(third).hasNotPassed("RepeatNotificationsReview").isWaitingAt("TellReferrer");
    }

    // --- the child's record ---------------------------------------------------------------------

    @Test
    void aContactWithinTwelveMonthsOfTheEndOfAnEpisodeIsFlaggedAsAReReferral() {
        clockAt("2026-05-01T10:00");
        String childId = referredAndClosed("2026-05-01T09:00+00:00", "2026-06-30T12:00", "RC8: case closed after assessment");

        clockAt("2026-11-20T10:00");
        ProcessInstance again = recordContact(contact("2026-11-20T09:30+00:00", "New concerns: bruising seen at PE."));
        assertThat(again).variables()
                .containsEntry("childId", childId)
                .containsEntry("childAlreadyKnown", true)
                .containsEntry("reReferral", true)
                .containsEntry("previousEpisodeEndedOn", "30 June 2026");
        assertThat(db.sql("select re_referral_of_episode from contact where process_instance_id = ?").param(again.getId()).query(Long.class).single())
                .isEqualTo(episodes.of(childId).get(0).id());
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::what)
                .contains("Re-referral: this contact comes within 12 months of the end of an earlier episode");
    }

    @Test
    void aContactMoreThanTwelveMonthsAfterAnEpisodeEndedIsNotAReReferral() {
        clockAt("2025-09-01T10:00");
        String childId = referredAndClosed("2025-09-01T09:00+00:00", "2025-11-19T12:00", "RC8");
        clockAt("2026-11-20T10:00");
        ProcessInstance again = recordContact(contact("2026-11-20T09:30+00:00", "New concerns."));
        assertThat(again).variables().containsEntry("childId", childId).containsEntry("reReferral", false);
    }

    @Test
    void aContactForAKnownChildLinksToThatChildInsteadOfCreatingADuplicate() {
        clockAt("2026-11-20T13:00");
        Map<String, Object> first = contact("2026-11-20T09:30+00:00");
        first.put("childNhsNumber", "9434765919");
        ProcessInstance one = recordContact(first);
        // Same NHS number, name typed differently and no date of birth typo: still the same child.
        Map<String, Object> second = contact("2026-11-20T11:00+00:00", "GP: missed immunisations.");
        second.put("childNhsNumber", "943 476 5919");
        second.put("childFirstName", "ALEX");
        second.put("referralSource", "3A");
        ProcessInstance two = recordContact(second);
        // Same name and date of birth, no NHS number: the same child.
        ProcessInstance three = recordContact(contact("2026-11-20T12:00+00:00", "Health visitor: home conditions."));

        String childId = (String) contactVariable(one, "childId");
        assertThat(two).variables().containsEntry("childId", childId).containsEntry("childAlreadyKnown", true);
        assertThat(three).variables().containsEntry("childId", childId);
        assertThat(db.sql("select count(*) from child").query(Integer.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from contact where child_id = ?").param(childId).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void theSameContactSubmittedTwiceIsRefusedAndNothingIsSavedTwice() {
        clockAt("2026-11-20T10:00");
        recordContact(contact("2026-11-20T09:30+00:00"));
        long instances = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("front-door").count();

        assertThatThrownBy(() -> recordContact(contact("2026-11-20T09:30+00:00")))
                .isInstanceOf(DuplicateContactException.class)
                .hasMessageContaining("This contact has already been recorded for this child")
                .hasMessageContaining("Nothing new was saved");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("front-door").count()).isEqualTo(instances);
        assertThat(db.sql("select count(*) from contact").query(Integer.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from chronology_entry").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anInvalidContactIsRefusedWithEveryProblemNamedAndNothingSaved() {
        clockAt("2026-11-20T10:00");
        Map<String, Object> invalid = contact("2026-11-20T09:30+00:00");
        invalid.remove("childLastName");
        invalid.put("childEthnicity", "XXXX");
        invalid.put("childNhsNumber", "1234567890");
        invalid.put("concerns", " ");

        assertThatThrownBy(() -> recordContact(invalid))
                .isInstanceOf(InvalidContactException.class)
                .hasMessageContaining("Enter the child's last name")
                .hasMessageContaining("Choose the child's ethnicity from the census list (got 'XXXX')")
                .hasMessageContaining("The NHS number 1234567890 is not valid")
                .hasMessageContaining("Describe the concerns about the child");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("front-door").count()).isZero();
        assertThat(db.sql("select count(*) from child").query(Integer.class).single()).isZero();
    }

    @Test
    void anUnbornChildIsRecordedWithTheExpectedDateOfBirth() {
        clockAt("2026-11-20T10:00");
        Map<String, Object> unborn = contact("2026-11-20T09:30+00:00", "Midwife: pre-birth concerns, mother's previous children removed.");
        unborn.remove("childFirstName");
        unborn.remove("childDateOfBirth");
        unborn.put("childUnborn", true);
        unborn.put("childExpectedDateOfBirth", "2027-02-14");
        unborn.put("childSex", "U");
        unborn.put("referralSource", "3F");
        ProcessInstance contact = recordContact(unborn);
        assertThat(contact).variables().containsEntry("childName", "Unborn baby Testchild");
        assertThat(db.sql("select expected_date_of_birth from child").query(java.time.LocalDate.class).single())
                .isEqualTo(java.time.LocalDate.parse("2027-02-14"));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private ProcessInstance recordContact(Map<String, Object> variables) {
        return engine.getRuntimeService().startProcessInstanceByKey("front-door", variables);
    }

    private void complete(Task task, Map<String, Object> variables) {
        engine.getTaskService().complete(task.getId(), variables);
    }

    private Object contactVariable(ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    private Object historicVariable(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }

    private List<Task> escalations() {
        return taskQuery().processDefinitionKey("overdue-work-escalation").list();
    }

    private List<Task> escalationsOf(String workTaskId) {
        return taskQuery().processDefinitionKey("overdue-work-escalation").processVariableValueEquals("workTaskId", workTaskId).list();
    }

    /** A low-level police notification closed by the daily triage, received at the given London time. */
    private void closedLowLevelNotification(String receivedAt) {
        clockAt(receivedAt);
        ProcessInstance earlier = recordContact(policeNotification(london(receivedAt).toString(), "standard"));
        complete(task(earlier), triage("nfa", "Low level."));
    }

    /** A referral decided at once, whose social care episode is then closed at {@code closedAt}. */
    private String referredAndClosed(String receivedAt, String closedAt, String reason) {
        ProcessInstance first = recordContact(contact(receivedAt));
        complete(task(first), screening("3", false, "yes"));
        complete(task(first), decision("referral", "Assessment needed."));
        String childId = (String) contactVariable(first, "childId");
        episodes.close(episodes.of(childId).get(0).id(), london(closedAt), reason);
        return childId;
    }

    public static Map<String, Object> contact(String receivedAt) {
        return contact(receivedAt, "Demo: Alex arrived hungry three days running and has bruises on the arm.");
    }

    public static Map<String, Object> contact(String receivedAt, String concerns) {
        Map<String, Object> v = new HashMap<>();
        v.put("contactKind", "general");
        v.put("receivedAt", receivedAt);
        v.put("childUnborn", false);
        v.put("childFirstName", "Alex");
        v.put("childLastName", "Testchild");
        v.put("childDateOfBirth", "2015-03-02");
        v.put("childSex", "M");
        v.put("childEthnicity", "WBRI");
        v.put("childDisability", "NONE");
        v.put("referrerAnonymous", false);
        v.put("referrerName", "A. Teacher");
        v.put("referrerOrganisation", "Demo Primary School");
        v.put("referralSource", "2A");
        v.put("concerns", concerns);
        v.put("consentGiven", "yes");
        v.put("urgency", "amber");
        return v;
    }

    public static Map<String, Object> policeNotification(String receivedAt, String riskLevel) {
        Map<String, Object> v = contact(receivedAt, "Police attended a domestic incident at " + receivedAt + "; child present.");
        v.put("contactKind", "police-da");
        v.put("daRiskLevel", riskLevel);
        v.put("referrerName", "PC Demo");
        v.put("referrerOrganisation", "Demo Police");
        v.put("referralSource", "6");
        return v;
    }

    public static Map<String, Object> screening(String levelOfNeed, boolean significantHarm, String consent) {
        Map<String, Object> v = new HashMap<>();
        v.put("levelOfNeed", levelOfNeed);
        v.put("significantHarmSuspected", significantHarm);
        v.put("consentGiven", consent);
        v.put("partnerChecks", "School and GP checks done.");
        v.put("screeningAnalysis", "Analysis of the demo concerns.");
        return v;
    }

    public static Map<String, Object> decision(String pathway, String reason) {
        Map<String, Object> v = new HashMap<>();
        v.put("pathway", pathway);
        v.put("decisionReason", reason);
        return v;
    }

    public static Map<String, Object> triage(String decision, String reason) {
        return Map.of("triageDecision", decision, "triageReason", reason);
    }
}
