package org.childjourney.child.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.childjourney.allocation.Allocations;
import org.childjourney.census.CensusCodes;
import org.childjourney.child.Episodes;
import org.childjourney.chronology.Chronology;
import org.childjourney.chronology.ChronologyEntry;
import org.childjourney.chronology.ChronologyEntry.EntryType;
import org.childjourney.engine.Expressions;
import org.childjourney.engine.ModelProperties;
import org.childjourney.engine.WorkRuleException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;

/**
 * Closes the child's episode at an end event with the CIN census reason for closure in its {@code closureReason}
 * property (RC1-RC9, or an expression giving one), releases every allocation unless the child is handed on, and records
 * the closure on the chronology.
 */
@Component("closeEpisode")
public class CloseEpisodeListener implements ExecutionListener {

    private final Episodes episodes;
    private final Allocations allocations;
    private final Chronology chronology;
    private final Clock clock;

    public CloseEpisodeListener(Episodes episodes, Allocations allocations, Chronology chronology, Clock clock) {
        this.episodes = episodes;
        this.allocations = allocations;
        this.chronology = chronology;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Map<String, String> properties = ModelProperties.of(execution.getBpmnModelElementInstance());
        String code = Expressions.text(properties.get("closureReason"), execution);
        String meaning = CensusCodes.meaning(CensusCodes.REASON_FOR_CLOSURE, code).orElseThrow(() -> new WorkRuleException(
                "'" + code + "' is not a CIN census reason for closure (RC1-RC9): set closureReason on the end event"));
        String childId = (String) execution.getVariable("childId");
        String reason = code + ": " + meaning;
        episodes.close(((Number) execution.getVariable("episodeId")).longValue(), clock.instant(), reason);
        if (!properties.containsKey(ModelProperties.HAND_OFF_TO)) {
            // Closing with a hand-off (for example to early help): the worker stays responsible until the handover.
            allocations.endAll(childId, clock.instant());
        }
        chronology.record(ChronologyEntry.of(childId, clock.instant(), EntryType.OUTCOME, "Episode closed: " + reason, null, Expressions.actor(null))
                .from(execution.getProcessInstanceId(), execution.getCurrentActivityId()));
    }
}
