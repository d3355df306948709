package org.childjourney.handover.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.childjourney.engine.Expressions;
import org.childjourney.engine.ModelProperties;
import org.childjourney.handover.HandOffs;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The end of a stage that hands the child to another team (a message end event with implementation ${stageHandOff}):
 * records the hand-off to the team named by the end event's {@code handOffTo} property (a team code, or an expression
 * such as ${cinTeam}), and starts the receiving stage with the child's details.
 */
@Component("stageHandOff")
public class StageHandOffDelegate implements JavaDelegate {

    static final String[] CARRIED = {"childId", "childName", "contactId", "episodeId", "referralDate", "assessmentPriority"};

    private final HandOffs handOffs;
    private final NextStage nextStage;
    private final Clock clock;

    public StageHandOffDelegate(HandOffs handOffs, NextStage nextStage, Clock clock) {
        this.handOffs = handOffs;
        this.nextStage = nextStage;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String toTeam = Expressions.text(ModelProperties.of(execution.getBpmnModelElementInstance()).get(ModelProperties.HAND_OFF_TO), execution);
        String fromTeam = (String) execution.getVariable("holdingTeam");
        String childId = (String) execution.getVariable("childId");
        Object episode = execution.getVariable("episodeId");
        handOffs.record(childId, null, episode == null ? null : ((Number) episode).longValue(), fromTeam, toTeam,
                execution.getCurrentActivityId(), execution.getCurrentActivityName(), clock.instant(), Expressions.actor(null),
                execution.getProcessInstanceId());
        Map<String, Object> variables = new HashMap<>();
        for (String name : CARRIED) {
            variables.put(name, execution.getVariable(name));
        }
        nextStage.start(execution, variables, fromTeam, toTeam);
    }
}
