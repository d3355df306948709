package org.childjourney.closure;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childjourney.ProcessTest;
import org.childjourney.child.ChildIdentity;
import org.childjourney.child.ChildRegister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** The case closed model (bpmn/case-closed.bpmn): the referrer hears that the case has closed. */
class CaseClosedProcessTest extends ProcessTest {

    @Autowired
    ChildRegister children;

    private ProcessInstance closed(boolean referrerKnown) {
        clockAt("2026-12-24T12:00");
        String childId = children.findOrRegister(new ChildIdentity("Max", "Closuretest", false, LocalDate.parse("2013-03-03"), null, "M", "WBRI", "NONE", null),
                london("2026-12-24T12:00")).child().id();
        Map<String, Object> v = new HashMap<>(Map.of("childId", childId, "childName", "Max Closuretest", "holdingTeam", "cin-south",
                "closureReasonWords", "RC7: Services ceased for any other reason, including child no longer in need",
                "closedAt", londonDate("2026-12-24T12:00"), "referrerKnown", referrerKnown));
        return engine.getRuntimeService().createMessageCorrelation("case-closed").processInstanceBusinessKey(childId).setVariables(v)
                .correlateStartMessage();
    }

    @Test
    void theReferrerIsToldWithinTheFeedbackTimescale() {
        // Closed on Christmas Eve 2026: 3 working days are 29, 30 and 31 December.
        ProcessInstance closure = closed(true);
        assertThat(task(closure)).hasCandidateGroup("cin-south").hasDueDate(londonDate("2026-12-31T23:59:59"));
        engine.getTaskService().complete(task(closure).getId(), Map.of("closureFeedbackMethod", "letter", "closureFeedbackSummary", "Letter sent."));
        assertThat(closure).hasPassed("ReferrerToldOfClosure").isEnded();
    }

    @Test
    void anAnonymousReferrerCannotBeTold() {
        ProcessInstance closure = closed(false);
        assertThat(closure).hasPassed("NoReferrerToTell").hasNotPassed("TellReferrerClosed").isEnded();
    }
}
