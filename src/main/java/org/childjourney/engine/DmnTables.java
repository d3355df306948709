package org.childjourney.engine;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.variable.Variables;
import org.childjourney.calendar.Timescale;
import org.childjourney.calendar.TimescaleTable;
import org.childjourney.escalation.EscalationSteps;
import org.childjourney.escalation.EscalationTable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The timescale and escalation tables are DMN decisions deployed from bpmn/; the latest deployed version is always used,
 * so a designer's change to a table applies to work created after the redeployment.
 */
@Component
public class DmnTables implements TimescaleTable, EscalationTable {

    static final String TIMESCALES = "timescales";
    static final String ESCALATION_STEPS = "escalation-steps";

    private final DecisionService decisions;

    public DmnTables(@Lazy DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public Optional<String> lookUp(String clock, String variant) {
        DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(TIMESCALES,
                        Variables.createVariables().putValue("clock", clock).putValue("variant", variant))
                .getFirstResult();
        return Optional.ofNullable(row).map(r -> r.<String>getEntry("within"));
    }

    @Override
    public EscalationSteps stepsFor(String clock) {
        DmnDecisionRuleResult row;
        try {
            row = decisions.evaluateDecisionTableByKey(ESCALATION_STEPS, Variables.createVariables().putValue("clock", clock)).getFirstResult();
        } catch (NotFoundException e) {
            throw new IllegalStateException("The escalation table (bpmn/escalation-steps.dmn) is not deployed", e);
        }
        if (row == null) {
            throw new IllegalStateException("The escalation table (bpmn/escalation-steps.dmn) has no row for the clock '" + clock
                    + "' and no default row: add one, then redeploy");
        }
        try {
            return new EscalationSteps(
                    EscalationSteps.Recipient.fromWords(row.getEntry("firstTo")), Timescale.parse(row.getEntry("firstAfter")),
                    EscalationSteps.Recipient.fromWords(row.getEntry("secondTo")), Timescale.parse(row.getEntry("secondAfter")));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The escalation table (bpmn/escalation-steps.dmn), clock '" + clock + "': " + e.getMessage(), e);
        }
    }
}
