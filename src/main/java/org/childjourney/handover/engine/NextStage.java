package org.childjourney.handover.engine;

import org.childjourney.engine.SystemCalls;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Links the stages of the journey by messages: a hand-off end event throws its message (for example
 * "assessment-hand-off"), and the stage whose start event waits for that message starts for the same child.
 * A stage not yet modelled simply has no such start event; the hand-off is still recorded.
 */
@Component
public class NextStage {

    private final Clock clock;

    public NextStage(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts the receiving stage with the child's details ({@code carried}) and the hand-off itself: who handed over
     * ({@code handoverFrom}), who receives ({@code holdingTeam}) and when ({@code handedOverAt}).
     */
    public Optional<String> start(DelegateExecution execution, Map<String, Object> carried, String fromTeam, String toTeam) {
        Map<String, Object> variables = new HashMap<>(carried);
        variables.put("handoverFrom", fromTeam);
        variables.put("holdingTeam", toTeam);
        variables.put("handedOverAt", Date.from(clock.instant()));
        Optional<String> message = messageOf(execution.getBpmnModelElementInstance());
        if (message.isEmpty()) {
            return Optional.empty();
        }
        var services = execution.getProcessEngineServices();
        return SystemCalls.asSystem(() -> {
            boolean modelled = services.getRepositoryService().createProcessDefinitionQuery()
                    .messageEventSubscriptionName(message.get()).latestVersion().count() > 0;
            if (!modelled) {
                return Optional.<String>empty();
            }
            return Optional.of(services.getRuntimeService().createMessageCorrelation(message.get())
                    .processInstanceBusinessKey((String) variables.get("childId"))
                    .setVariables(variables)
                    .correlateStartMessage().getId());
        });
    }

    private static Optional<String> messageOf(FlowElement element) {
        if (element instanceof EndEvent end) {
            return end.getEventDefinitions().stream()
                    .filter(MessageEventDefinition.class::isInstance).map(MessageEventDefinition.class::cast)
                    .filter(d -> d.getMessage() != null).map(d -> d.getMessage().getName()).findFirst();
        }
        return Optional.empty();
    }
}
