package org.childjourney.child.engine;

import org.childjourney.engine.SystemCalls;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.childjourney.allocation.Allocations;
import org.childjourney.census.CensusCodes;
import org.childjourney.child.Episodes;
import org.childjourney.child.Episodes.Episode;
import org.childjourney.chronology.Chronology;
import org.childjourney.chronology.ChronologyEntry;
import org.childjourney.chronology.ChronologyEntry.EntryType;
import org.childjourney.engine.Expressions;
import org.childjourney.engine.ModelProperties;
import org.childjourney.engine.WorkRuleException;
import org.childjourney.frontdoor.Contacts;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Closes the child's episode at an end event with the reason in its {@code closureReason} property: for children's social
 * care a CIN census reason for closure (RC1-RC9, or an expression giving one), for early help the words given. Releases
 * every allocation unless the child is handed on, records the closure on the chronology, and for social care starts
 * "Case closed: tell the referrer" so the person who referred hears the outcome.
 */
@Component("closeEpisode")
public class CloseEpisodeListener implements ExecutionListener {

    static final String CASE_CLOSED_MESSAGE = "case-closed";

    private final Episodes episodes;
    private final Allocations allocations;
    private final Chronology chronology;
    private final Contacts contacts;
    private final Clock clock;

    public CloseEpisodeListener(Episodes episodes, Allocations allocations, Chronology chronology, Contacts contacts, Clock clock) {
        this.episodes = episodes;
        this.allocations = allocations;
        this.chronology = chronology;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Map<String, String> properties = ModelProperties.of(execution.getBpmnModelElementInstance());
        String code = Expressions.text(properties.get("closureReason"), execution);
        long episodeId = ((Number) execution.getVariable("episodeId")).longValue();
        Episode episode = episodes.byId(episodeId).orElseThrow(() -> new WorkRuleException("There is no episode " + episodeId + " to close"));
        boolean socialCare = episode.kind() == Episodes.Kind.SOCIAL_CARE;
        String reason = socialCare
                ? code + ": " + CensusCodes.meaning(CensusCodes.REASON_FOR_CLOSURE, code).orElseThrow(() -> new WorkRuleException(
                        "'" + code + "' is not a CIN census reason for closure (RC1-RC9): set closureReason on the end event"))
                : code;
        String childId = (String) execution.getVariable("childId");
        episodes.close(episodeId, clock.instant(), reason);
        if (!properties.containsKey(ModelProperties.HAND_OFF_TO)) {
            // Closing with a hand-off (for example to early help): the worker stays responsible until the handover.
            allocations.endAll(childId, clock.instant());
        }
        chronology.record(ChronologyEntry.of(childId, clock.instant(), EntryType.OUTCOME,
                        (socialCare ? "Episode closed: " : "Early help closed: ") + reason, null, Expressions.actor(null))
                .from(execution.getProcessInstanceId(), execution.getCurrentActivityId()));
        if (socialCare) {
            tellTheReferrer(execution, childId, reason);
        }
    }

    private void tellTheReferrer(DelegateExecution execution, String childId, String reason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("childId", childId);
        variables.put("childName", execution.getVariable("childName"));
        variables.put("holdingTeam", execution.getVariable("holdingTeam"));
        variables.put("closureReasonWords", reason);
        variables.put("closedAt", Date.from(clock.instant()));
        Object contactId = execution.getVariable("contactId");
        var referrer = contactId == null ? java.util.Optional.<Contacts.Referrer>empty() : contacts.referrer(((Number) contactId).longValue());
        variables.put("referrerKnown", referrer.map(r -> !r.anonymous()).orElse(false));
        referrer.ifPresent(r -> {
            variables.put("referrerName", r.name());
            variables.put("referrerOrganisation", r.organisation());
            variables.put("referrerContactDetails", r.contactDetails());
        });
        SystemCalls.asSystem(() -> execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(CASE_CLOSED_MESSAGE)
                .processInstanceBusinessKey(childId).setVariables(variables).correlateStartMessage());
    }
}
