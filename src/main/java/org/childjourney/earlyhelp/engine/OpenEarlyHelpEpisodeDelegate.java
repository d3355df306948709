package org.childjourney.earlyhelp.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.childjourney.child.Episodes;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * "Open the early help episode": a step-down from the front door already opened one; a step-down after assessment,
 * a child in need plan or child protection closed the social care episode, so early help starts its own.
 */
@Component("openEarlyHelpEpisode")
public class OpenEarlyHelpEpisodeDelegate implements JavaDelegate {

    private final Episodes episodes;
    private final Clock clock;

    public OpenEarlyHelpEpisodeDelegate(Episodes episodes, Clock clock) {
        this.episodes = episodes;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object current = execution.getVariable("episodeId");
        boolean openEarlyHelp = current != null && episodes.byId(((Number) current).longValue())
                .filter(e -> e.kind() == Episodes.Kind.EARLY_HELP && e.endedAt() == null).isPresent();
        if (!openEarlyHelp) {
            execution.setVariable("episodeId", episodes.open((String) execution.getVariable("childId"), Episodes.Kind.EARLY_HELP, clock.instant(), null));
        }
    }
}
