package org.childjourney.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timescale as written in the timescale tables, in words a designer can read:
 * {@code "45 working days"}, {@code "1 working day"}, {@code "72 hours"}, {@code "3 months"},
 * {@code "6 weeks"}, {@code "10 calendar days"}.
 */
public record Timescale(int amount, Unit unit) {

    public enum Unit { WORKING_DAYS, HOURS, CALENDAR_DAYS, WEEKS, MONTHS }

    private static final Pattern PHRASE = Pattern.compile(
            "^\\s*(\\d{1,4})\\s+(working\\s+days?|hours?|calendar\\s+days?|weeks?|months?)\\s*$");

    public Timescale {
        if (amount < 0) {
            throw new IllegalArgumentException("A timescale cannot be negative: " + amount);
        }
    }

    public static Timescale parse(String phrase) {
        if (phrase == null) {
            throw new IllegalArgumentException("A timescale is missing: write it as, for example, \"45 working days\" or \"72 hours\"");
        }
        Matcher m = PHRASE.matcher(phrase.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + phrase + "\" is not a timescale this product understands: write a whole number and one of "
                    + "\"working days\", \"hours\", \"calendar days\", \"weeks\" or \"months\", for example \"45 working days\"");
        }
        int amount = Integer.parseInt(m.group(1));
        String word = m.group(2);
        Unit unit = word.startsWith("working") ? Unit.WORKING_DAYS
                : word.startsWith("hour") ? Unit.HOURS
                : word.startsWith("calendar") ? Unit.CALENDAR_DAYS
                : word.startsWith("week") ? Unit.WEEKS
                : Unit.MONTHS;
        return new Timescale(amount, unit);
    }

    /** The deadline for something that must happen within this timescale of {@code from}. */
    public Instant deadlineFrom(Instant from, WorkingDayCalendar calendar) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.endOfWorkingDaysAfter(from, amount);
            case HOURS -> from.plus(Duration.ofHours(amount));
            case CALENDAR_DAYS -> WorkingDayCalendar.endOfDay(WorkingDayCalendar.londonDate(from).plusDays(amount));
            case WEEKS -> WorkingDayCalendar.endOfDay(WorkingDayCalendar.londonDate(from).plusWeeks(amount));
            case MONTHS -> WorkingDayCalendar.endOfDay(WorkingDayCalendar.londonDate(from).plus(Period.ofMonths(amount)));
        };
    }

    /**
     * When an escalation this long after {@code deadline} fires: for working days, the start of the Nth
     * working day after the deadline's day; otherwise exactly this long after the deadline.
     */
    public Instant escalationAfter(Instant deadline, WorkingDayCalendar calendar) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.startOfWorkingDaysAfter(deadline, amount);
            case HOURS -> deadline.plus(Duration.ofHours(amount));
            case CALENDAR_DAYS -> deadline.plus(Duration.ofDays(amount));
            case WEEKS -> deadline.plus(Duration.ofDays(7L * amount));
            case MONTHS -> deadline.atZone(WorkingDayCalendar.LONDON).plusMonths(amount).toInstant();
        };
    }

    @Override
    public String toString() {
        String word = switch (unit) {
            case WORKING_DAYS -> "working day";
            case HOURS -> "hour";
            case CALENDAR_DAYS -> "calendar day";
            case WEEKS -> "week";
            case MONTHS -> "month";
        };
        return amount + " " + word + (amount == 1 ? "" : "s");
    }
}
