package org.childjourney.escalation;

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
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

/** The overdue work escalation model (bpmn/overdue-work-escalation.bpmn), driven directly as any stage's task would start it. */
class OverdueWorkEscalationProcessTest extends ProcessTest {

    @Autowired
    ChildRegister children;
    @Autowired
    Chronology chronology;

    private String childId;

    private ProcessInstance watch(String workDueAt, String timescale, String team) {
        clockAt("2027-12-20T10:00");
        childId = children.findOrRegister(new ChildIdentity("Sam", "Escalationtest", false, LocalDate.parse("2018-01-01"), null,
                "U", "WBRI", "NONE", null), london("2027-12-20T10:00")).child().id();
        return engine.getRuntimeService().startProcessInstanceByKey("overdue-work-escalation", childId, Map.of(
                "childId", childId, "childName", "Sam Escalationtest", "holdingTeam", team, "workTaskId", "work-1",
                "workName", "Single assessment", "workDueAt", londonDate(workDueAt), "workProcessInstanceId", "none", "timescale", timescale));
    }

    @Test
    void aClockWithoutItsOwnRowUsesTheDefaultStepsOfTheEscalationTable() {
        // Due Friday 24 December 2027. Default row: the team manager 1 working day after (Wednesday 29 December, after
        // the substitute holidays on 27 and 28 December), the head of service 2 working days after that (Friday 31 December).
        ProcessInstance escalation = watch("2027-12-24T23:59:59", "single-assessment", "first-response");
        assertThat(escalation).variables()
                .containsEntry("firstEscalationTo", "team manager")
                .containsEntry("firstEscalationAt", londonDate("2027-12-29T09:00"))
                .containsEntry("secondEscalationTo", "head of service")
                .containsEntry("secondEscalationAt", londonDate("2027-12-31T09:00"));
        assertThat(escalation).isWaitingAt("DeadlinePassed");

        moveClockAndRunTimers("2027-12-29T09:00");
        Task manager = task("TeamManagerReview", escalation);
        assertThat(manager).isAssignedTo("fr.manager");
        assertThat(candidateGroups(manager)).containsExactly("first-response-managers");
        moveClockAndRunTimers("2027-12-31T09:00");
        Task head = task("HeadOfServiceReview", escalation);
        assertThat(head).isAssignedTo("hos");
        assertThat(candidateGroups(head)).containsExactly("heads-of-service");

        engine.getTaskService().complete(manager.getId(), Map.of("escalationAction", "reallocated", "escalationNote", "Moved to Fern, who has capacity."));
        engine.getTaskService().complete(head.getId(), Map.of("escalationAction", "plan-agreed", "escalationNote", "Agreed completion by 7 January."));
        assertThat(escalation).hasPassed("FirstEscalationReviewed", "SecondEscalationReviewed", "EscalationReviewed").isEnded();
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::type, ChronologyEntry::what).containsExactly(
                tuple(EntryType.ESCALATION, "Escalated to the team manager (fr.manager): 'Single assessment' overdue since Friday 24 December 2027 23:59"),
                tuple(EntryType.ESCALATION, "Escalated to the head of service (hos): 'Single assessment' overdue since Friday 24 December 2027 23:59"),
                tuple(EntryType.DECISION, "Overdue work reviewed by the team manager: 'Single assessment', work reallocated"),
                tuple(EntryType.DECISION, "Overdue work reviewed by the head of service: 'Single assessment', plan and new date agreed"));
    }

    private java.util.List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList();
    }

    @Test
    void workDoneBeforeTheDeadlineEndsTheWatchWithoutEscalating() {
        ProcessInstance escalation = watch("2027-12-24T23:59:59", "single-assessment", "first-response");
        engine.getRuntimeService().createMessageCorrelation("work-done").processInstanceVariableEquals("workTaskId", "work-1").correlate();
        assertThat(escalation).hasPassed("EscalationEndedByWork").hasNotPassed("TeamManagerReview").isEnded();
        assertThat(taskQuery().processDefinitionKey("overdue-work-escalation").count()).isZero();
    }

    @Test
    void workDoneAfterTheFirstEscalationClosesTheOpenReviews() {
        ProcessInstance escalation = watch("2027-12-24T23:59:59", "single-assessment", "cin-north");
        moveClockAndRunTimers("2027-12-29T09:00");
        assertThat(task("TeamManagerReview", escalation)).isAssignedTo("cinn.manager");
        engine.getRuntimeService().createMessageCorrelation("work-done").processInstanceVariableEquals("workTaskId", "work-1").correlate();
        assertThat(escalation).hasPassed("EscalationEndedByWork").isEnded();
        moveClockAndRunTimers("2027-12-31T09:00");
        assertThat(taskQuery().processDefinitionKey("overdue-work-escalation").count()).isZero();
    }
}
