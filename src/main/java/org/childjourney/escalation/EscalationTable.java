package org.childjourney.escalation;

/** The council's escalation table (bpmn/escalation-steps.dmn). */
public interface EscalationTable {

    EscalationSteps stepsFor(String clock);
}
