package org.childjourney.earlyhelp;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childjourney.Journeys;
import org.childjourney.ProcessTest;
import org.childjourney.allocation.Allocations;
import org.childjourney.child.ChildIdentity;
import org.childjourney.child.ChildRegister;
import org.childjourney.child.Episodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** The early help model (bpmn/early-help.bpmn): a step-down received through a handover to a family support worker. */
class EarlyHelpProcessTest extends ProcessTest {

    @Autowired
    ChildRegister children;
    @Autowired
    Episodes episodes;
    @Autowired
    Allocations allocations;

    private Journeys journeys;
    private String childId;

    @BeforeEach
    void journeys() {
        journeys = new Journeys(engine);
    }

    private ProcessInstance steppedDown(String at) {
        clockAt(at);
        childId = children.findOrRegister(new ChildIdentity("Lou", "Earlyhelptest", false, LocalDate.parse("2016-06-06"), null, "F", "WBRI", "NONE", null),
                london(at)).child().id();
        long socialCare = episodes.open(childId, Episodes.Kind.SOCIAL_CARE, london(at).minusSeconds(86400 * 60), null);
        episodes.close(socialCare, london(at), "RC7: Services ceased for any other reason, including child no longer in need");
        allocations.holdAtTeam(childId, "cin-north", london(at), null);
        engine.getRuntimeService().createMessageCorrelation("early-help-hand-off").processInstanceBusinessKey(childId)
                .setVariables(new HashMap<>(Map.of("childId", childId, "childName", "Lou Earlyhelptest", "episodeId", socialCare,
                        "holdingTeam", "family-resilience", "handoverFrom", "cin-north", "handedOverAt", londonDate(at))))
                .correlateStartMessage();
        return journeys.stage("early-help", childId);
    }

    @Test
    void aFamilySupportWorkerCanReceiveEarlyHelpAndThePlanIsReviewedUntilNeedsAreMet() {
        ProcessInstance earlyHelp = steppedDown("2026-11-20T10:00");
        assertThat(episodes.of(childId)).extracting(Episodes.Episode::kind).containsExactly(Episodes.Kind.SOCIAL_CARE, Episodes.Kind.EARLY_HELP);

        journeys.handOver(earlyHelp, "frs.worker", "2026-11-20");
        assertThat(allocations.current(childId)).extracting(a -> a.teamCode(), a -> a.workerUsername())
                .containsExactly(tuple("family-resilience", "frs.worker"));
        // Plan within 10 working days of the step-down (Friday 20 November): 23-27 November, 30 November-4 December.
        assertThat(task("AgreeEarlyHelpPlan", earlyHelp)).isAssignedTo("frs.worker").hasDueDate(londonDate("2026-12-04T23:59:59"));
        journeys.complete(task("AgreeEarlyHelpPlan", earlyHelp), Map.of("earlyHelpPlanDate", "2026-11-20", "earlyHelpPlan", "Routines, school."));
        // Reviews every 6 weeks.
        assertThat(task("ReviewEarlyHelp", earlyHelp)).hasDueDate(londonDate("2027-01-01T23:59:59"));
        journeys.complete(task("ReviewEarlyHelp", earlyHelp), review("continue"));
        journeys.complete(task("ReviewEarlyHelp", earlyHelp), review("close"));

        assertThat(earlyHelp).hasPassed("EarlyHelpClosed").isEnded();
        assertThat(episodes.of(childId)).extracting(Episodes.Episode::endReason).last().isEqualTo("Needs met");
        assertThat(allocations.current(childId)).isEmpty();
        // Early help is not a social care episode: no census closure, no 'case closed' letter to a referrer.
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("case-closed").count()).isZero();
    }

    @Test
    void worriesGrowingInEarlyHelpStepTheChildBackUpToTheMash() {
        ProcessInstance earlyHelp = steppedDown("2026-11-20T10:00");
        journeys.handOver(earlyHelp, "frs.worker", "2026-11-20");
        journeys.complete(task("AgreeEarlyHelpPlan", earlyHelp), Map.of("earlyHelpPlanDate", "2026-11-20", "earlyHelpPlan", "Plan."));
        journeys.complete(task("ReviewEarlyHelp", earlyHelp), review("step-up"));

        assertThat(earlyHelp).hasPassed("SteppedUpToMash").isEnded();
        assertThat(db.sql("select to_team from hand_off where child_id = ? and from_team = 'family-resilience'").param(childId)
                .query(String.class).single()).isEqualTo("mash");
    }

    private static Map<String, Object> review(String decision) {
        return Map.of("earlyHelpReviewDate", "2026-11-20", "earlyHelpReviewNotes", "Review.", "earlyHelpDecision", decision);
    }
}
