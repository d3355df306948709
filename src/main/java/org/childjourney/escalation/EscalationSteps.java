package org.childjourney.escalation;

import org.childjourney.calendar.Timescale;
import org.childjourney.calendar.WorkingDayCalendar;

import java.time.Instant;

/**
 * Who is told when work passes its deadline, and when (bpmn/escalation-steps.dmn):
 * the first step {@code firstAfter} the deadline, the second a further {@code secondAfter} later.
 */
public record EscalationSteps(Recipient firstTo, Timescale firstAfter, Recipient secondTo, Timescale secondAfter) {

    public Instant firstEscalationAt(Instant deadline, WorkingDayCalendar calendar) {
        return firstAfter.escalationAfter(deadline, calendar);
    }

    public Instant secondEscalationAt(Instant deadline, WorkingDayCalendar calendar) {
        return secondAfter.escalationAfter(firstEscalationAt(deadline, calendar), calendar);
    }

    /** The roles an escalation can go to, as written in the escalation table. */
    public enum Recipient {
        TEAM_MANAGER("team manager"), HEAD_OF_SERVICE("head of service");

        private final String words;

        Recipient(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public static Recipient fromWords(String words) {
            for (Recipient r : values()) {
                if (r.words.equalsIgnoreCase(words == null ? "" : words.trim())) {
                    return r;
                }
            }
            throw new IllegalArgumentException("'" + words + "' is not someone an escalation can go to: write \"team manager\" or \"head of service\"");
        }
    }
}
