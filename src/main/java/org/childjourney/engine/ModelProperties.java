package org.childjourney.engine;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import java.util.HashMap;
import java.util.Map;

/**
 * The extension properties a designer sets on a model element in Camunda Modeler
 * (properties panel, "Extension properties"): see docs/modelling.md for the ones the product reads.
 */
public final class ModelProperties {

    public static final String TIMESCALE = "timescale";
    public static final String TIMESCALE_FROM = "timescaleFrom";
    public static final String TIMESCALE_VARIANT = "timescaleVariant";
    public static final String CHRONOLOGY = "chronology";
    public static final String CHRONOLOGY_WHY = "chronologyWhy";
    public static final String CHECK = "check";
    public static final String CHECK_MESSAGE = "checkMessage";
    public static final String HAND_OFF_TO = "handOffTo";
    public static final String STATUTORY = "statutory";

    private ModelProperties() {
    }

    public static Map<String, String> of(BaseElement element) {
        Map<String, String> properties = new HashMap<>();
        if (element == null) {
            return properties;
        }
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return properties;
        }
        for (CamundaProperties group : extensions.getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : group.getCamundaProperties()) {
                properties.put(property.getCamundaName(), property.getCamundaValue());
            }
        }
        return properties;
    }
}
