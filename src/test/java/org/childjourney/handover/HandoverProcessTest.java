package org.childjourney.handover;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childjourney.ProcessTest;
import org.childjourney.allocation.Allocations;
import org.childjourney.allocation.Allocations.Status;
import org.childjourney.child.ChildIdentity;
import org.childjourney.child.ChildRegister;
import org.childjourney.chronology.Chronology;
import org.childjourney.chronology.ChronologyEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** The handover model (bpmn/handover.bpmn), as any stage calls it: here, First Response handing a child to CIN North. */
class HandoverProcessTest extends ProcessTest {

    @Autowired
    ChildRegister children;
    @Autowired
    Allocations allocations;
    @Autowired
    Chronology chronology;

    private String childId;

    private ProcessInstance handOverToCinNorth(String at) {
        clockAt(at);
        childId = children.findOrRegister(new ChildIdentity("Robin", "Handovertest", false, LocalDate.parse("2017-04-04"), null,
                "F", "WBRI", "NONE", null), london(at)).child().id();
        allocations.receive(childId, "first-response", "fr.sw", false, london(at), null);
        allocations.completeHandover(childId, "first-response", "fr.sw", london(at));
        return engine.getRuntimeService().startProcessInstanceByKey("handover", childId, Map.of(
                "childId", childId, "childName", "Robin Handovertest", "holdingTeam", "cin-north", "handoverFrom", "first-response",
                "allocationFor", "child in need plan", "handedOverAt", londonDate(at)));
    }

    @Test
    void theHandoverWaitsForTheReceivingWorkerAndUntilThenTheCaseShowsBothWorkers() {
        // Handed over on Thursday 24 December 2026: allocate by Tuesday 29 December, handover within 3 working days (31 December).
        ProcessInstance handover = handOverToCinNorth("2026-12-24T11:00");
        Task allocate = task("AllocateNamedWorker", handover);
        assertThat(allocate).hasCandidateGroup("cin-north-managers").hasDueDate(londonDate("2026-12-29T23:59:59"));
        assertThat(engine.getTaskService().getVariable(allocate.getId(), "teamWorkersSummary").toString())
                .contains("cinn.sw: Nell Placeholder (demo), social worker, registered SW-DEMO-0303, 0 of 18 cases")
                .contains("cinn.student: Nico Learner (demo), social work student, not registered");

        engine.getTaskService().complete(allocate.getId(), Map.of("allocatedWorker", "cinn.sw"));
        Task record = task("RecordHandover", handover);
        assertThat(record).isAssignedTo("cinn.sw").hasDueDate(londonDate("2026-12-31T23:59:59"));
        assertThat(allocations.current(childId)).extracting(a -> a.workerUsername(), a -> a.status())
                .containsExactly(tuple("fr.sw", Status.HOLDING), tuple("cinn.sw", Status.RECEIVING));

        // A duty worker went instead: not a handover.
        assertThatThrownBy(() -> engine.getTaskService().complete(record.getId(), Map.of("handoverKind", "meeting", "handoverDate", "2026-12-24",
                "receivingWorkerPresent", false, "handoverNotes", "Duty worker attended.")))
                .hasMessageContaining("a duty worker or manager attending instead does not count");
        assertThatThrownBy(() -> engine.getTaskService().complete(record.getId(), Map.of("handoverKind", "joint-visit", "handoverDate", "2026-12-31",
                "receivingWorkerPresent", true, "handoverNotes", "Visit.")))
                .hasMessageContaining("cannot be in the future");

        engine.getTaskService().complete(record.getId(), Map.of("handoverKind", "joint-visit", "handoverDate", "2026-12-24",
                "receivingWorkerPresent", true, "handoverNotes", "Joint visit with Fern; Robin met Nell."));
        assertThat(handover).hasPassed("HandoverComplete").isEnded();
        assertThat(allocations.current(childId)).extracting(a -> a.workerUsername(), a -> a.status()).containsExactly(tuple("cinn.sw", Status.HOLDING));
        assertThat(allocations.history(childId)).extracting(a -> a.workerUsername()).containsExactly("fr.sw", "cinn.sw");
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::what).contains(
                "Allocated to Nell Placeholder (demo) (cinn.sw) for child in need plan",
                "Handover joint visit on 2026-12-24 from First Response to Nell Placeholder (demo) (CIN North), who now holds the case");
    }

    @Test
    void aManagerMayHoldACaseButItIsFlaggedAsManagerHeld() {
        ProcessInstance handover = handOverToCinNorth("2026-11-20T11:00");
        engine.getTaskService().complete(task("AllocateNamedWorker", handover).getId(), Map.of("allocatedWorker", "cinn.manager"));

        assertThat(allocations.current(childId)).filteredOn(a -> "cinn.manager".equals(a.workerUsername()))
                .singleElement().satisfies(a -> assertThat(a.managerHeld()).isTrue());
        assertThat(chronology.of(childId)).extracting(ChronologyEntry::what)
                .contains("Allocated to Nadia Sample (demo) (cinn.manager) for child in need plan: held by a manager, temporarily");
        assertThat(task("RecordHandover", handover)).isAssignedTo("cinn.manager");

        // Held by a manager for longer than 5 working days (Friday 20 to Friday 27 November): the head of service is told
        // at 09:00 on Monday 30 November.
        moveClockAndRunTimers("2026-11-30T08:59");
        assertThat(managerHoldEscalations()).isEmpty();
        moveClockAndRunTimers("2026-11-30T09:00");
        assertThat(managerHoldEscalations()).extracting(Task::getAssignee).containsExactly("hos");
    }

    @Test
    void theManagerHoldWatchEndsWhenAWorkerTakesTheCase() {
        ProcessInstance first = handOverToCinNorth("2026-11-20T11:00");
        engine.getTaskService().complete(task("AllocateNamedWorker", first).getId(), Map.of("allocatedWorker", "cinn.manager"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("overdue-work-escalation")
                .variableValueEquals("workTaskId", "manager-hold:" + childId).count()).isOne();
        engine.getTaskService().complete(task("RecordHandover", first).getId(), Map.of("handoverKind", "meeting", "handoverDate", "2026-11-20",
                "receivingWorkerPresent", true, "handoverNotes", "Manager holds for now."));

        ProcessInstance second = engine.getRuntimeService().startProcessInstanceByKey("handover", childId, Map.of(
                "childId", childId, "childName", "Robin Handovertest", "holdingTeam", "cin-north", "handoverFrom", "cin-north",
                "allocationFor", "child in need plan", "handedOverAt", londonDate("2026-11-20T11:00")));
        engine.getTaskService().complete(task("AllocateNamedWorker", second).getId(), Map.of("allocatedWorker", "cinn.sw"));
        engine.getTaskService().complete(task("RecordHandover", second).getId(), Map.of("handoverKind", "meeting", "handoverDate", "2026-11-20",
                "receivingWorkerPresent", true, "handoverNotes", "Allocated to Nell."));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("overdue-work-escalation")
                .variableValueEquals("workTaskId", "manager-hold:" + childId).count()).isZero();
    }

    private java.util.List<Task> managerHoldEscalations() {
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery().processDefinitionKey("overdue-work-escalation")
                .processVariableValueEquals("workTaskId", "manager-hold:" + childId).list();
    }
}
