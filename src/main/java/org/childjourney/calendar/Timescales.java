package org.childjourney.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/**
 * Deadlines from the council's timescale table on the working-day calendar.
 * Registered as the bean {@code timescales}, so a model can write
 * {@code ${timescales.due('referral-decision', contactReceivedAt)}} in a due date, follow-up date or timer.
 */
public class Timescales {

    private final TimescaleTable table;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public Timescales(TimescaleTable table, WorkingDayCalendar calendar, Clock clock) {
        this.table = table;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Timescale timescale(String clockName, String variant) {
        String phrase = table.lookUp(clockName, variant).orElseThrow(() -> new IllegalStateException(
                "The timescale table (bpmn/timescales.dmn) has no row for the clock '" + clockName + "'"
                        + (variant == null ? "" : " with '" + variant + "'") + ": add one, then redeploy"));
        try {
            return Timescale.parse(phrase);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The timescale table (bpmn/timescales.dmn), clock '" + clockName + "': " + e.getMessage(), e);
        }
    }

    public Instant deadline(String clockName, Instant from, String variant) {
        return timescale(clockName, variant).deadlineFrom(from, calendar);
    }

    public Date due(String clockName, Object from) {
        return due(clockName, from, null);
    }

    public Date due(String clockName, Object from, String variant) {
        return Date.from(deadline(clockName, Moments.toInstant(from, clock), variant));
    }

    /** The end of the Nth working day after {@code from}, for models that state a fixed number of working days. */
    public Date workingDaysAfter(Object from, int workingDays) {
        return Date.from(calendar.endOfWorkingDaysAfter(Moments.toInstant(from, clock), workingDays));
    }
}
