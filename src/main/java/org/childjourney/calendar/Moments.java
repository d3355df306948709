package org.childjourney.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

/** Turns the shapes a moment arrives in (from forms, variables, the REST API) into an {@link Instant}; London time where no zone is given. */
public final class Moments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(WorkingDayCalendar.LONDON);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", Locale.UK).withZone(WorkingDayCalendar.LONDON);

    private Moments() {
    }

    /** For page templates: {@code ${when.dayAndTime(instant)}}. */
    public static final class Formatter {
        public String day(Instant instant) {
            return instant == null ? "" : Moments.day(instant);
        }

        public String dayAndTime(Instant instant) {
            return instant == null ? "" : Moments.dayAndTime(instant);
        }
    }

    /** "29 December 2026", London time: how dates are written on the chronology and in messages. */
    public static String day(Instant instant) {
        return DAY.format(instant);
    }

    /** "Tuesday 29 December 2026 23:59", London time. */
    public static String dayAndTime(Instant instant) {
        return DAY_AND_TIME.format(instant);
    }

    public static Instant toInstant(Object value, Clock clock) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return clock.instant();
        }
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay(WorkingDayCalendar.LONDON).toInstant();
        }
        if (value instanceof String s) {
            return parse(s.trim());
        }
        throw new IllegalArgumentException("Cannot read a date and time from " + value.getClass().getSimpleName() + " '" + value + "'");
    }

    private static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notInstant) {
                try {
                    return LocalDateTime.parse(text).atZone(WorkingDayCalendar.LONDON).toInstant();
                } catch (DateTimeParseException notLocal) {
                    try {
                        return LocalDate.parse(text).atStartOfDay(WorkingDayCalendar.LONDON).toInstant();
                    } catch (DateTimeParseException notDate) {
                        throw new IllegalArgumentException("'" + text + "' is not a date and time: use for example 2026-12-24T16:00");
                    }
                }
            }
        }
    }
}
