package org.childjourney.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimescaleTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    @Test
    void readsThePhrasesDesignersWrite() {
        assertThat(Timescale.parse("45 working days")).isEqualTo(new Timescale(45, Timescale.Unit.WORKING_DAYS));
        assertThat(Timescale.parse("1 Working Day")).isEqualTo(new Timescale(1, Timescale.Unit.WORKING_DAYS));
        assertThat(Timescale.parse("72 hours")).isEqualTo(new Timescale(72, Timescale.Unit.HOURS));
        assertThat(Timescale.parse("3 months")).isEqualTo(new Timescale(3, Timescale.Unit.MONTHS));
        assertThat(Timescale.parse("10 calendar days")).isEqualTo(new Timescale(10, Timescale.Unit.CALENDAR_DAYS));
        assertThat(Timescale.parse("4 weeks").toString()).isEqualTo("4 weeks");
    }

    @Test
    void explainsAPhraseItCannotRead() {
        assertThatThrownBy(() -> Timescale.parse("five working days"))
                .hasMessageContaining("\"five working days\" is not a timescale")
                .hasMessageContaining("for example \"45 working days\"");
        assertThatThrownBy(() -> Timescale.parse(null)).hasMessageContaining("missing");
    }

    @Test
    void hoursRunOnTheClockNotTheWorkingDayCalendar() {
        // A return home interview within 72 hours of a return on Christmas Eve 2026 is due on 27 December.
        assertThat(Timescale.parse("72 hours").deadlineFrom(london("2026-12-24T18:00"), calendar)).isEqualTo(london("2026-12-27T18:00"));
    }

    @Test
    void monthsEndAtTheEndOfTheSameDateMonthsLater() {
        // First review conference within 3 months of an ICPC on 30 November 2026.
        assertThat(Timescale.parse("3 months").deadlineFrom(london("2026-11-30T10:00"), calendar)).isEqualTo(london("2027-02-28T23:59:59"));
    }

    @Test
    void escalationAfterWorkingDaysStartsAtNineAndAfterHoursIsExact() {
        Instant deadline = london("2027-12-24T23:59:59");
        assertThat(Timescale.parse("1 working day").escalationAfter(deadline, calendar)).isEqualTo(london("2027-12-29T09:00"));
        assertThat(Timescale.parse("2 hours").escalationAfter(deadline, calendar)).isEqualTo(london("2027-12-25T01:59:59"));
    }
}
