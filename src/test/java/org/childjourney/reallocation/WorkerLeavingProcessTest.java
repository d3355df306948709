package org.childjourney.reallocation;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childjourney.ProcessTest;
import org.childjourney.allocation.Allocations;
import org.childjourney.child.ChildIdentity;
import org.childjourney.child.ChildRegister;
import org.childjourney.workforce.Worker;
import org.childjourney.workforce.Workforce;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

/** The worker leaving model (bpmn/worker-leaving.bpmn): each child the leaver holds goes through a handover. */
class WorkerLeavingProcessTest extends ProcessTest {

    @Autowired
    ChildRegister children;
    @Autowired
    Allocations allocations;
    @Autowired
    Workforce workforce;

    private Worker leaverAsSeeded;

    @AfterEach
    void restoreTheLeaver() {
        if (leaverAsSeeded != null) {
            workforce.save(leaverAsSeeded);
        }
    }

    private String heldBy(String first, String worker) {
        String childId = children.findOrRegister(new ChildIdentity(first, "Leavertest", false, LocalDate.parse("2012-12-12"), null, "U", "WBRI", "NONE", null),
                london("2026-11-20T10:00")).child().id();
        allocations.receive(childId, "cin-north", worker, false, london("2026-11-20T10:00"), null);
        allocations.completeHandover(childId, "cin-north", worker, london("2026-11-20T10:00"));
        return childId;
    }

    @Test
    void eachChildTheLeaverHoldsIsHandedOverAndThenTheLeaverCanHoldNoNewWork() {
        clockAt("2026-11-20T10:00");
        leaverAsSeeded = workforce.worker("cinn.sw").orElseThrow();
        String first = heldBy("Ana", "cinn.sw");
        String second = heldBy("Ben", "cinn.sw");

        ProcessInstance leaving = engine.getRuntimeService().startProcessInstanceByKey("worker-leaving",
                Map.of("leavingWorker", "cinn.sw", "leavingDate", "2026-11-27"));
        List<Task> allocate = taskQuery().taskDefinitionKey("AllocateNamedWorker").taskCandidateGroup("cin-north-managers").list();
        assertThat(allocate).hasSize(2);
        assertThatThrownBy(() -> engine.getTaskService().complete(allocate.get(0).getId(), Map.of("allocatedWorker", "cinn.sw")))
                .hasMessageContaining("is leaving; choose another worker in the team");

        for (Task task : allocate) {
            engine.getTaskService().complete(task.getId(), Map.of("allocatedWorker", "cinn.senior"));
        }
        for (Task record : taskQuery().taskDefinitionKey("RecordHandover").taskAssignee("cinn.senior").list()) {
            engine.getTaskService().complete(record.getId(), Map.of("handoverKind", "joint-visit", "handoverDate", "2026-11-20",
                    "receivingWorkerPresent", true, "handoverNotes", "Joint visit with the leaving worker."));
        }

        assertThat(leaving).hasPassed("HandOverEachChild", "RecordWorkerLeft", "WorkerLeft").isEnded();
        assertThat(allocations.current(first)).extracting(a -> a.workerUsername()).containsExactly("cinn.senior");
        assertThat(allocations.current(second)).extracting(a -> a.workerUsername()).containsExactly("cinn.senior");
        assertThat(workforce.worker("cinn.sw").orElseThrow().active()).isFalse();
    }

    @Test
    void aWorkerWithNoCasesIsRecordedAsLeftAtOnce() {
        clockAt("2026-11-20T10:00");
        leaverAsSeeded = workforce.worker("cinn.student").orElseThrow();
        ProcessInstance leaving = engine.getRuntimeService().startProcessInstanceByKey("worker-leaving",
                Map.of("leavingWorker", "cinn.student", "leavingDate", "2026-11-27"));
        assertThat(leaving).hasPassed("RecordWorkerLeft").hasNotPassed("HandOverEachChild").isEnded();
    }

    @Test
    void anUnknownWorkerIsRefused() {
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("worker-leaving",
                Map.of("leavingWorker", "nobody", "leavingDate", "2026-11-27")))
                .hasMessageContaining("There is no current worker 'nobody'");
    }
}
