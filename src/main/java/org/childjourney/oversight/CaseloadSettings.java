package org.childjourney.oversight;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * How much each child's case weighs in a worker's caseload (application.yaml, {@code childjourney.caseload.weights}),
 * by the stage the child is in (the model's process key, e.g. {@code child-protection: 2}). A child in several stages
 * weighs the most of them; a stage not listed weighs 1.
 */
@ConfigurationProperties("childjourney.caseload")
public record CaseloadSettings(Map<String, Double> weights) {

    public CaseloadSettings {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }
}
