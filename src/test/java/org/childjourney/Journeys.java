package org.childjourney;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childjourney.frontdoor.FrontDoorProcessTest;

import java.util.HashMap;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** Takes a child through earlier stages of the journey on the real models, as practitioners would in Tasklist. */
public final class Journeys {

    private final ProcessEngine engine;

    public Journeys(ProcessEngine engine) {
        this.engine = engine;
    }

    /** A contact (received at the engine clock's time) decided as a referral; returns the single assessment it starts. */
    public ProcessInstance referral(String receivedAtIso, Map<String, Object> contactChanges) {
        Map<String, Object> contact = FrontDoorProcessTest.contact(receivedAtIso);
        contact.putAll(contactChanges);
        ProcessInstance frontDoor = engine.getRuntimeService().startProcessInstanceByKey("front-door", contact);
        complete(task(frontDoor), FrontDoorProcessTest.screening("3", false, "yes"));
        complete(task(frontDoor), FrontDoorProcessTest.decision("referral", "Needs an assessment."));
        return stage("single-assessment", (String) engine.getRuntimeService().getVariable(frontDoor.getId(), "childId"));
    }

    /** The receiving manager allocates {@code worker}, who records the handover meeting on {@code day}. */
    public void handOver(ProcessInstance stage, String worker, String day) {
        ProcessInstance handover = calledProcessInstance(stage);
        complete(task("AllocateNamedWorker", handover), Map.of("allocatedWorker", worker));
        complete(task("RecordHandover", handover), Map.of("handoverKind", "meeting", "handoverDate", day,
                "receivingWorkerPresent", true, "handoverNotes", "Handover meeting held."));
    }

    /** Allocation, handover, child seen, assessment and authorisation with {@code outcome}. */
    public void assess(ProcessInstance assessment, String day, String outcome, String cinTeam) {
        handOver(assessment, "fr.sw", day);
        complete(task("SeeTheChild", assessment), Map.of("childSeenOn", day, "childSeenAlone", "yes", "childSeenNotes", "Seen at home."));
        complete(task("CompleteAssessment", assessment), Map.of("primaryNeed", "N1", "assessmentFactors", "21", "familyHistoryConsidered", true,
                "assessmentAnalysis", "Analysis.", "recommendedOutcome", outcome));
        Map<String, Object> authorisation = new HashMap<>(Map.of("assessmentOutcome", outcome, "authorisationNote", "Agreed."));
        if (cinTeam != null) {
            authorisation.put("cinTeam", cinTeam);
        }
        complete(task("AuthoriseAssessment", assessment), authorisation);
    }

    public ProcessInstance stage(String processKey, String childId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(childId).active().singleResult();
    }

    public void complete(Task task, Map<String, Object> variables) {
        engine.getTaskService().complete(task.getId(), variables);
    }
}
