package org.childjourney.calendar;

import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childjourney.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * A designer changes a timescale in bpmn/timescales.dmn and redeploys, with no Java change: new work gets the new due date.
 * The test redeploys the real file with one value edited, as Camunda Modeler's deploy button would.
 */
class TimescaleTableChangeTest extends ProcessTest {

    private Deployment changed;

    @AfterEach
    void restoreTheTable() {
        if (changed != null) {
            engine.getRepositoryService().deleteDeployment(changed.getId(), true);
        }
    }

    @Test
    void changingTheReferralDecisionTimescaleInTheTableMovesTheDueDateOfNewWork() throws IOException {
        String table = Files.readString(Path.of("bpmn/timescales.dmn"));
        String referralDecisionRow = "<text>\"referral-decision\"</text>";
        assertThat(table).contains(referralDecisionRow);
        String edited = table.replaceFirst("(?s)(" + java.util.regex.Pattern.quote(referralDecisionRow)
                + ".*?<outputEntry[^>]*>\\s*<text>)\"1 working day\"", "$1\"2 working days\"");
        assertThat(edited).isNotEqualTo(table);

        assertThat(decisionDueFor("2026-11-19T10:00")).isEqualTo(londonDate("2026-11-20T23:59:59"));

        changed = engine.getRepositoryService().createDeployment().name("designer edits the timescale table")
                .addInputStream("timescales.dmn", new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8))).deploy();

        // Thursday 19 November + 2 working days = Monday 23 November.
        assertThat(decisionDueFor("2026-11-19T10:05")).isEqualTo(londonDate("2026-11-23T23:59:59"));
    }

    private java.util.Date decisionDueFor(String receivedAt) {
        clockAt(receivedAt);
        Map<String, Object> contact = new java.util.HashMap<>(Map.of(
                "contactKind", "general", "receivedAt", london(receivedAt).toString(), "childUnborn", false,
                "childFirstName", "Kai", "childLastName", "Tabletest", "childDateOfBirth", "2019-09-09", "childSex", "M",
                "childEthnicity", "WBRI", "childDisability", "NONE", "referrerAnonymous", false));
        contact.putAll(Map.of("referrerOrganisation", "Demo Health Centre", "referralSource", "3A",
                "concerns", "Concern raised at " + receivedAt, "consentGiven", "yes", "urgency", "amber"));
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("front-door", contact);
        engine.getTaskService().complete(task(instance).getId(), Map.of("levelOfNeed", "3", "significantHarmSuspected", false,
                "consentGiven", "yes", "screeningAnalysis", "Needs assessment."));
        return task(instance).getDueDate();
    }
}
