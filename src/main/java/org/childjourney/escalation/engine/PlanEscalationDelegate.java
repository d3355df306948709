package org.childjourney.escalation.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.childjourney.calendar.WorkingDayCalendar;
import org.childjourney.escalation.EscalationSteps;
import org.childjourney.escalation.EscalationTable;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

/** "Look up the escalation steps": who is told, and when, for this clock (bpmn/escalation-steps.dmn). */
@Component("planEscalation")
public class PlanEscalationDelegate implements JavaDelegate {

    private final EscalationTable table;
    private final WorkingDayCalendar calendar;

    public PlanEscalationDelegate(EscalationTable table, WorkingDayCalendar calendar) {
        this.table = table;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EscalationSteps steps = table.stepsFor((String) execution.getVariable("timescale"));
        Instant due = ((Date) execution.getVariable("workDueAt")).toInstant();
        execution.setVariable("firstEscalationTo", steps.firstTo().words());
        execution.setVariable("firstEscalationAt", Date.from(steps.firstEscalationAt(due, calendar)));
        execution.setVariable("secondEscalationTo", steps.secondTo().words());
        execution.setVariable("secondEscalationAt", Date.from(steps.secondEscalationAt(due, calendar)));
    }
}
