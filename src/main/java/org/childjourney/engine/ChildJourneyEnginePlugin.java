package org.childjourney.engine;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/** Puts {@link WorkTaskListener} on every user task of every deployed model. */
@Component
public class ChildJourneyEnginePlugin extends AbstractProcessEnginePlugin {

    private final TaskListener workTaskListener;

    public ChildJourneyEnginePlugin(@Lazy WorkTaskListener workTaskListener) {
        this.workTaskListener = workTaskListener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, workTaskListener);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, workTaskListener);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, workTaskListener);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, workTaskListener);
            }
        });
    }
}
