package org.childjourney.missing;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childjourney.ProcessTest;
import org.childjourney.child.ChildIdentity;
import org.childjourney.child.ChildRegister;
import org.childjourney.chronology.Chronology;
import org.childjourney.chronology.ChronologyEntry;
import org.childjourney.chronology.ChronologyEntry.EntryType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

/** The missing episode model (bpmn/missing-episode.bpmn): a 72-hour return home interview clock from the return. */
class MissingEpisodeProcessTest extends ProcessTest {

    @Autowired
    ChildRegister children;
    @Autowired
    Chronology chronology;

    private String childId;

    private ProcessInstance returned(String missingFrom, String returnedAt) {
        childId = children.findOrRegister(new ChildIdentity("Ash", "Missingtest", false, LocalDate.parse("2011-07-07"), null, "U", "WBRI", "NONE", null),
                london("2026-11-01T10:00")).child().id();
        return engine.getRuntimeService().startProcessInstanceByKey("missing-episode", Map.of("childId", childId,
                "missingFrom", london(missingFrom).toString(), "returnedAt", london(returnedAt).toString(), "missingCircumstances", "Found in town with older males."));
    }

    @Test
    void aReturnHomeInterviewIsDueSeventyTwoHoursAfterTheReturnAndEscalatesIfMissed() {
        // Returned at 09:30 on Christmas Day 2026: 72 hours is clock time, not working days, so 09:30 on Monday 28 December.
        clockAt("2026-12-25T10:00");
        ProcessInstance missing = returned("2026-12-24T20:00", "2026-12-25T09:30");
        Task interview = task("ReturnHomeInterview", missing);
        assertThat(interview).hasCandidateGroup("swan").hasDueDate(londonDate("2026-12-28T09:30"));
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::type, ChronologyEntry::what).containsExactly(tuple(EntryType.MISSING,
                "Missing from Thursday 24 December 2026 20:00, returned Friday 25 December 2026 09:30"));

        // The escalation table's default row: 09:00 on the first working day after the deadline's day (Tuesday 29 December).
        moveClockAndRunTimers("2026-12-29T08:59");
        assertThat(escalations(interview)).isEmpty();
        moveClockAndRunTimers("2026-12-29T09:00");
        assertThat(escalations(interview)).extracting(Task::getAssignee).containsExactly("swan.manager");

        engine.getTaskService().complete(interview.getId(), Map.of("rhiOffered", "yes", "rhiAccepted", "yes",
                "rhiNotes", "Talked about who she was with.", "lateReason", "Interviewer on leave over Christmas."));
        assertThat(missing).hasPassed("InterviewRecorded").isEnded();
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::type, ChronologyEntry::what).contains(
                tuple(EntryType.DECISION, "Return home interview: held"), tuple(EntryType.LATE_COMPLETION,
                        "Completed late: 'Offer a return home interview' was due by Monday 28 December 2026 09:30"));
    }

    @Test
    void anUnknownChildOrAReturnBeforeGoingMissingIsRefusedAndNothingIsRecorded() {
        clockAt("2026-11-20T10:00");
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("missing-episode", Map.of("childId", "CJ999999",
                "missingFrom", "2026-11-19T20:00+00:00", "returnedAt", "2026-11-19T19:00+00:00", "missingCircumstances", "x")))
                .hasMessageContaining("There is no child with the id 'CJ999999'")
                .hasMessageContaining("The child must have returned after they went missing");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("missing-episode").count()).isZero();
    }

    private java.util.List<Task> escalations(Task work) {
        return taskQuery().processDefinitionKey("overdue-work-escalation").processVariableValueEquals("workTaskId", work.getId()).list();
    }
}
