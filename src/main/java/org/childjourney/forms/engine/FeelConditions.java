package org.childjourney.forms.engine;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.childjourney.forms.FormDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A form's conditions evaluated by the engine's own FEEL engine (the one its decision tables use), so the server hides
 * and requires the same fields as the form in the browser.
 */
@Component
public class FeelConditions implements FormDefinition.Conditions {

    private static final Logger LOG = LoggerFactory.getLogger(FeelConditions.class);

    private final Supplier<FeelEngine> feel;

    @Autowired
    public FeelConditions(@Lazy ProcessEngine engine) {
        this(() -> ((DefaultDmnEngineConfiguration) ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDmnEngineConfiguration()).getFeelEngine());
    }

    public FeelConditions(Supplier<FeelEngine> feel) {
        this.feel = feel;
    }

    @Override
    public boolean holds(String feelExpression, Map<String, Object> data) {
        try {
            Object result = feel.get().evaluateSimpleExpression(feelExpression, Variables.fromMap(data).asVariableContext());
            return Boolean.TRUE.equals(result);
        } catch (RuntimeException e) {
            LOG.warn("A form condition could not be evaluated, so the field is treated as shown: {} ({})", feelExpression, e.getMessage());
            return false;
        }
    }
}
