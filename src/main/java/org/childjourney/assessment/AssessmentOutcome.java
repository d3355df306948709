package org.childjourney.assessment;

import org.springframework.stereotype.Component;

/** The outcomes of a single assessment, by the codes the forms use; as a bean, {@code ${assessmentOutcomes.words(code)}}. */
@Component("assessmentOutcomes")
public class AssessmentOutcome {

    public String words(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "nfa" -> "close with no further action";
            case "early-help" -> "step down to early help";
            case "cin-plan" -> "child in need plan";
            case "strategy-discussion" -> "strategy discussion (child protection concerns)";
            default -> code;
        };
    }
}
