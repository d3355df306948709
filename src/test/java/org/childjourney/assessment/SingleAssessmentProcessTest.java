package org.childjourney.assessment;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childjourney.ProcessTest;
import org.childjourney.allocation.Allocations;
import org.childjourney.allocation.Allocations.Allocation;
import org.childjourney.allocation.Allocations.Status;
import org.childjourney.child.Episodes;
import org.childjourney.chronology.Chronology;
import org.childjourney.chronology.ChronologyEntry;
import org.childjourney.chronology.ChronologyEntry.EntryType;
import org.childjourney.frontdoor.FrontDoorProcessTest;
import org.childjourney.workforce.Worker;
import org.childjourney.workforce.Workforce;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

/** The single assessment model (bpmn/single-assessment.bpmn), reached from the front door as a real referral would. */
class SingleAssessmentProcessTest extends ProcessTest {

    @Autowired
    Allocations allocations;
    @Autowired
    Episodes episodes;
    @Autowired
    Chronology chronology;
    @Autowired
    Workforce workforce;

    private Worker seniorAsSeeded;

    @AfterEach
    void restoreWorkforce() {
        if (seniorAsSeeded != null) {
            workforce.save(seniorAsSeeded);
        }
    }

    @Test
    void referralIsHandedOverAllocatedSeenAssessedAndClosedWithNoFurtherActionWithin45WorkingDays() {
        // Referral received Friday 24 December 2027 at 10:00 (Christmas and Boxing Day fall at the weekend:
        // Monday 27 and Tuesday 28 December are substitute bank holidays).
        ProcessInstance assessment = referral("2027-12-24T10:00", false);
        String childId = assessment.getBusinessKey();
        ProcessInstance handover = calledProcessInstance(assessment);

        Task allocate = task("AllocateNamedWorker", handover);
        // The receiving team allocates within 1 working day of the hand-off: Wednesday 29 December.
        assertThat(allocate).hasCandidateGroup("first-response-managers").hasDueDate(londonDate("2027-12-29T23:59:59"));
        assertThat(current(childId)).containsExactly(tuple("mash", null, Status.HOLDING));

        complete(allocate, Map.of("allocatedWorker", "fr.sw"));
        // Until the new worker records the handover, the case shows both the sender and the receiver.
        assertThat(current(childId)).containsExactly(tuple("mash", null, Status.HOLDING), tuple("first-response", "fr.sw", Status.RECEIVING));

        Task handoverMeeting = task("RecordHandover", handover);
        assertThat(handoverMeeting).isAssignedTo("fr.sw").hasDueDate(londonDate("2027-12-31T23:59:59"));
        assertThatThrownBy(() -> complete(handoverMeeting, handoverRecord(false)))
                .hasMessageContaining("The handover is complete only when the newly allocated worker was there in person");
        assertThat(current(childId)).hasSize(2);
        complete(handoverMeeting, handoverRecord(true));
        assertThat(current(childId)).containsExactly(tuple("first-response", "fr.sw", Status.HOLDING));

        Task seeChild = task("SeeTheChild", assessment);
        // Seen within 5 working days of the referral: 29, 30, 31 December, then Tuesday 4 (Monday 3 January 2028 is
        // New Year's Day's substitute) and Wednesday 5 January 2028.
        assertThat(seeChild).isAssignedTo("fr.sw").hasDueDate(londonDate("2028-01-05T23:59:59"));
        complete(seeChild, Map.of("childSeenOn", "2027-12-24", "childSeenAlone", "yes", "childSeenNotes", "Seen at school, talked about home."));

        Task assess = task("CompleteAssessment", assessment);
        // 45 working days from the referral, not from allocation (February 2028 has a 29th):
        //   Dec 29-31: 3 | Jan 4-7: 7 | Jan 10-14: 12 | 17-21: 17 | 24-28: 22 | 31: 23
        //   Feb 1-4: 27 | 7-11: 32 | 14-18: 37 | 21-25: 42 | 28: 43 | 29: 44 | Mar 1: 45
        assertThat(assess).isAssignedTo("fr.sw").hasDueDate(londonDate("2028-03-01T23:59:59"));
        assertThatThrownBy(() -> complete(assess, assessmentRecord("2B, 99Z", "nfa")))
                .hasMessageContaining("Each assessment factor must be a CIN census code");
        complete(assess, assessmentRecord("2B, 3A", "nfa"));

        Task authorise = task("AuthoriseAssessment", assessment);
        assertThat(authorise).hasCandidateGroup("first-response-managers").hasDueDate(londonDate("2028-03-01T23:59:59"));
        complete(authorise, Map.of("assessmentOutcome", "nfa", "authorisationNote", "Needs met by universal services."));

        assertThat(assessment).hasPassed("ClosedAfterAssessment").isEnded();
        assertThat(episodes.of(childId)).singleElement().satisfies(e ->
                assertThat(e.endReason()).isEqualTo("RC8: Case closed after assessment, no further action"));
        assertThat(current(childId)).isEmpty();
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::type, ChronologyEntry::what).contains(
                tuple(EntryType.HAND_OFF, "Referral to children's social care for assessment: handed from mash to first-response"),
                tuple(EntryType.ALLOCATION, "Allocated to Fern Placeholder (demo) (fr.sw) for single assessment"),
                tuple(EntryType.DECISION, "Handover meeting on 2027-12-24 from MASH to Fern Placeholder (demo) (First Response), who now holds the case"),
                tuple(EntryType.DECISION, "Child seen on 2027-12-24, seen alone"),
                tuple(EntryType.DECISION, "Single assessment completed: primary need N1, assessment factors 2B, 3A; recommends close with no further action"),
                tuple(EntryType.DECISION, "Assessment authorised by the manager: close with no further action"),
                tuple(EntryType.OUTCOME, "Episode closed: RC8: Case closed after assessment, no further action"));
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr.student  | statutory work ('single assessment') can only be held by a registered social worker. Freya Learner (demo) (fr.student) is a social work student: students may assist, but not hold statutory cases.",
            "fr.awaiting | Finn Pending (demo) (fr.awaiting) is awaiting Social Work England registration.",
            "fr.fsw      | Frank Helper (demo) (fr.fsw) is a family support worker, not a registered social worker.",
            "cinn.sw     | Nell Placeholder (demo) (cinn.sw) is not in the team holding this child's case (first-response).",
            "nobody      | There is no worker 'nobody' in the workforce"})
    void statutoryWorkCannotBeAllocatedAgainstTheRules(String worker, String message) {
        ProcessInstance assessment = referral("2026-11-20T10:00", false);
        Task allocate = task("AllocateNamedWorker", calledProcessInstance(assessment));

        assertThatThrownBy(() -> complete(allocate, Map.of("allocatedWorker", worker))).hasMessageContaining(message);
        assertThat(current(assessment.getBusinessKey())).containsExactly(tuple("mash", null, Status.HOLDING));
        assertThat(taskQuery().taskId(allocate.getId()).count()).isOne();
    }

    @Test
    void allocatingAboveCapacityNeedsTheManagersOverrideWithAReason() {
        seniorAsSeeded = workforce.worker("fr.senior").orElseThrow();
        workforce.save(new Worker("fr.senior", seniorAsSeeded.fullName(), seniorAsSeeded.role(), seniorAsSeeded.teamCode(),
                seniorAsSeeded.registrationStatus(), seniorAsSeeded.sweRegistration(), 0, true));
        ProcessInstance assessment = referral("2026-11-20T10:00", false);
        Task allocate = task("AllocateNamedWorker", calledProcessInstance(assessment));

        assertThatThrownBy(() -> complete(allocate, Map.of("allocatedWorker", "fr.senior")))
                .hasMessageContaining("Felix Example (demo) (fr.senior) already holds 0 children's cases against a capacity of 0")
                .hasMessageContaining("capacity override");
        complete(allocate, Map.of("allocatedWorker", "fr.senior", "capacityOverrideReason", "Sibling of a child Felix already holds."));

        assertThat(current(assessment.getBusinessKey())).contains(tuple("first-response", "fr.senior", Status.RECEIVING));
        assertThat(chronology.of(assessment.getBusinessKey())).extracting(ChronologyEntry::what, ChronologyEntry::why).contains(tuple(
                "Allocated to Felix Example (demo) (fr.senior) for single assessment: above capacity (0 of 0), manager's override",
                "Sibling of a child Felix already holds."));
    }

    @Test
    void aWorkerTakenAboveCapacityStillDoesTheNextStepsForTheChildrenTheyAlreadyHold() {
        seniorAsSeeded = workforce.worker("fr.senior").orElseThrow();
        workforce.save(new Worker("fr.senior", seniorAsSeeded.fullName(), seniorAsSeeded.role(), seniorAsSeeded.teamCode(),
                seniorAsSeeded.registrationStatus(), seniorAsSeeded.sweRegistration(), 1, true));
        ProcessInstance first = referral("2026-11-20T10:00", false);
        complete(task("AllocateNamedWorker", calledProcessInstance(first)), Map.of("allocatedWorker", "fr.senior"));   // 0 others, capacity 1
        ProcessInstance second = new org.childjourney.Journeys(engine).referral("2026-11-20T09:45:00Z",
                Map.of("childFirstName", "Sam", "concerns", "Demo: a second child, not a sibling."));
        complete(task("AllocateNamedWorker", calledProcessInstance(second)),
                Map.of("allocatedWorker", "fr.senior", "capacityOverrideReason", "Felix knows the school; cover agreed."));

        // Felix now holds 2 children against a capacity of 1: recording the first child's handover gives him "See the child"
        // for a child he already holds, which is not a new case and must not be refused.
        complete(task("RecordHandover", calledProcessInstance(first)), handoverRecord(true));
        assertThat(task("SeeTheChild", first).getAssignee()).isEqualTo("fr.senior");
    }

    @Test
    void statutoryTasksCannotBeReassignedToAStudentThroughTheEngineApi() {
        ProcessInstance assessment = allocatedAndHandedOver(referral("2026-11-20T10:00", false), "fr.sw");
        Task seeChild = task("SeeTheChild", assessment);

        // What Tasklist's "assign" and engine-rest's PUT /task/{id}/assignee do.
        assertThatThrownBy(() -> engine.getTaskService().setAssignee(seeChild.getId(), "fr.student"))
                .hasMessageContaining("Allocation refused: statutory work ('See the child') can only be held by a registered social worker")
                .hasMessageContaining("students may assist, but not hold statutory cases");
        assertThat(task("SeeTheChild", assessment)).isAssignedTo("fr.sw");

        engine.getTaskService().setAssignee(seeChild.getId(), "fr.senior");
        assertThat(task("SeeTheChild", assessment)).isAssignedTo("fr.senior");
    }

    @Test
    void whereThereAreChildProtectionConcernsTheChildIsSeenWithinOneWorkingDay() {
        // The MASH manager overrode a strategy discussion to a referral, but the concerns stand: seen within 1 working day.
        ProcessInstance assessment = allocatedAndHandedOver(referral("2026-12-24T16:00", true), "fr.sw");
        assertThat(task("SeeTheChild", assessment)).hasDueDate(londonDate("2026-12-29T23:59:59"));
    }

    @ParameterizedTest(name = "{0} hands the child to {2}")
    @CsvSource({
            "early-help, , family-resilience, HandedToEarlyHelp",
            "cin-plan, cwd, cwd, HandedToChildInNeed",
            "cin-plan, cin-south, cin-south, HandedToChildInNeed",
            "strategy-discussion, , first-response, HandedToStrategyDiscussion"})
    void authorisedOutcomesHandTheChildOn(String outcome, String cinTeam, String toTeam, String end) {
        ProcessInstance assessment = assessed(referral("2026-11-20T10:00", false), outcome);
        Map<String, Object> decision = new HashMap<>(Map.of("assessmentOutcome", outcome, "authorisationNote", "Agreed."));
        if (cinTeam != null) {
            decision.put("cinTeam", cinTeam);
        }
        complete(task("AuthoriseAssessment", assessment), decision);

        assertThat(assessment).hasPassed(end).isEnded();
        assertThat(db.sql("select to_team from hand_off where child_id = ? and from_team = 'first-response'")
                .param(assessment.getBusinessKey()).query(String.class).single()).isEqualTo(toTeam);
        // The assessing worker stays responsible until the receiving team's worker records the handover.
        assertThat(current(assessment.getBusinessKey())).containsExactly(tuple("first-response", "fr.sw", Status.HOLDING));
        if (outcome.equals("early-help")) {
            assertThat(episodes.of(assessment.getBusinessKey())).extracting(Episodes.Episode::kind, Episodes.Episode::endReason).containsExactly(
                    tuple(Episodes.Kind.SOCIAL_CARE, "RC9: Case closed after assessment, referred to early help"),
                    tuple(Episodes.Kind.EARLY_HELP, null));
        }
    }

    @Test
    void aChildInNeedPlanNeedsTheTeamThatWillHoldIt() {
        ProcessInstance assessment = assessed(referral("2026-11-20T10:00", false), "cin-plan");
        assertThatThrownBy(() -> complete(task("AuthoriseAssessment", assessment), Map.of("assessmentOutcome", "cin-plan", "authorisationNote", "CIN.")))
                .hasMessageContaining("Choose the child in need team");
        assertThat(assessment).isWaitingAt("AuthoriseAssessment");
    }

    @Test
    void anAssessmentPastFortyFiveWorkingDaysEscalatesToTheTeamManagerThenTheHeadOfService() {
        ProcessInstance assessment = allocatedAndHandedOver(referral("2027-12-24T10:00", false), "fr.sw");
        complete(task("SeeTheChild", assessment), Map.of("childSeenOn", "2027-12-24", "childSeenAlone", "no", "childSeenNotes", "Seen with mother."));
        Task assess = task("CompleteAssessment", assessment);

        // Due Wednesday 1 March 2028: the team manager at 09:00 on Thursday 2 March, the head of service 2 working days later.
        moveClockAndRunTimers("2028-03-02T08:59");
        assertThat(escalationsOf(assess)).isEmpty();
        moveClockAndRunTimers("2028-03-02T09:00");
        assertThat(escalationsOf(assess)).extracting(Task::getAssignee).containsExactly("fr.manager");
        moveClockAndRunTimers("2028-03-06T09:00");
        assertThat(escalationsOf(assess)).extracting(Task::getAssignee).containsExactlyInAnyOrder("fr.manager", "hos");
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** A contact decided as a referral at the front door (receivedAt London time); returns the assessment it starts. */
    private ProcessInstance referral(String receivedAt, boolean significantHarmSuspected) {
        clockAt(receivedAt);
        ProcessInstance contact = engine.getRuntimeService().startProcessInstanceByKey("front-door",
                FrontDoorProcessTest.contact(london(receivedAt).toString()));
        engine.getTaskService().complete(task(contact).getId(), FrontDoorProcessTest.screening("3", significantHarmSuspected, "yes"));
        Map<String, Object> decision = FrontDoorProcessTest.decision("referral", "Needs an assessment.");
        if (significantHarmSuspected) {
            decision.put("overrideReason", "Police already investigating; assess first, strategy discussion if needed.");
        }
        engine.getTaskService().complete(task(contact).getId(), decision);
        String childId = (String) engine.getRuntimeService().getVariable(contact.getId(), "childId");
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("single-assessment")
                .processInstanceBusinessKey(childId).singleResult();
    }

    private ProcessInstance allocatedAndHandedOver(ProcessInstance assessment, String worker) {
        ProcessInstance handover = calledProcessInstance(assessment);
        complete(task("AllocateNamedWorker", handover), Map.of("allocatedWorker", worker));
        complete(task("RecordHandover", handover), handoverRecord(true));
        return assessment;
    }

    private ProcessInstance assessed(ProcessInstance assessment, String recommendation) {
        allocatedAndHandedOver(assessment, "fr.sw");
        complete(task("SeeTheChild", assessment), Map.of("childSeenOn", "2026-11-20", "childSeenAlone", "yes", "childSeenNotes", "Seen."));
        complete(task("CompleteAssessment", assessment), assessmentRecord("21", recommendation));
        return assessment;
    }

    private Map<String, Object> handoverRecord(boolean workerPresent) {
        return Map.of("handoverKind", "meeting", "handoverDate", clockDay(), "receivingWorkerPresent", workerPresent, "handoverNotes", "Chronology and risks discussed.");
    }

    private String clockDay() {
        return java.time.LocalDate.ofInstant(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(), LONDON).toString();
    }

    private static Map<String, Object> assessmentRecord(String factors, String recommendation) {
        return Map.of("primaryNeed", "N1", "assessmentFactors", factors, "familyHistoryConsidered", true,
                "assessmentAnalysis", "Analysis of the demo family's needs.", "recommendedOutcome", recommendation);
    }

    private List<org.assertj.core.groups.Tuple> current(String childId) {
        return allocations.current(childId).stream()
                .map((Allocation a) -> tuple(a.teamCode(), a.workerUsername(), a.status())).toList();
    }

    private List<Task> escalationsOf(Task work) {
        return taskQuery().processDefinitionKey("overdue-work-escalation").processVariableValueEquals("workTaskId", work.getId()).list();
    }

    private void complete(Task task, Map<String, Object> variables) {
        engine.getTaskService().complete(task.getId(), variables);
    }
}
