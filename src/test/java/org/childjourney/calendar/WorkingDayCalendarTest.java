package org.childjourney.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    @ParameterizedTest(name = "{0} is a bank holiday in England: {1}")
    @CsvSource({
            "2026-12-25, true",  // Christmas Day, a Friday
            "2026-12-28, true",  // Boxing Day falls on Saturday: substitute Monday
            "2026-12-26, false", // the Saturday itself is a weekend, not the observed holiday
            "2027-12-27, true",  // Christmas Day 2027 is a Saturday: substitute Monday
            "2027-12-28, true",  // Boxing Day 2027 is a Sunday: substitute Tuesday
            "2028-01-03, true",  // New Year's Day 2028 is a Saturday: substitute Monday
            "2026-04-03, true",  // Good Friday 2026
            "2026-04-06, true",  // Easter Monday 2026
            "2026-05-04, true",  // Early May bank holiday
            "2026-08-31, true",  // Summer bank holiday (England, not Scotland's first Monday)
            "2026-08-03, false", // Scotland's summer bank holiday is a working day in England
            "2027-03-17, false"  // St Patrick's Day: Northern Ireland only
    })
    void knowsEnglandAndWalesBankHolidaysWithSubstituteDays(LocalDate day, boolean bankHoliday) {
        assertThat(calendar.isBankHoliday(day)).isEqualTo(bankHoliday);
    }

    @ParameterizedTest(name = "within {1} working days of {0} ends at the end of {2}")
    @CsvSource({
            "2026-12-24T16:00, 1, 2026-12-29",   // Thu before Christmas: Fri 25, Sat, Sun, Mon 28 (Boxing Day substitute) skipped
            "2027-12-24T10:00, 1, 2027-12-29",   // Fri: Sat, Sun, Mon 27 and Tue 28 (both substitutes) skipped
            "2027-12-24T10:00, 3, 2027-12-31",
            "2027-12-24T10:00, 4, 2028-01-04",   // Mon 3 Jan 2028 is New Year's Day's substitute
            "2026-04-02T12:00, 1, 2026-04-07",   // Maundy Thursday: Good Friday and Easter Monday skipped
            "2026-11-20T15:30, 1, 2026-11-23",   // an ordinary Friday
            "2026-11-23T09:00, 0, 2026-11-23",   // same working day
            "2026-12-26T11:00, 0, 2026-12-29",   // same working day, received on a Saturday: the next working day
            // 45 working days from Mon 2 Nov 2026: 20 in November (3rd-30th), 18 in December to the 24th (38),
            // 29-31 December (41), then Mon 4 to Thu 7 January 2027 (45); 25 and 28 December and 1 January are holidays
            "2026-11-02T09:00, 45, 2027-01-07"
    })
    void deadlineIsTheEndOfTheNthWorkingDayAfterTheDay(String from, int workingDays, LocalDate lastDay) {
        Instant deadline = calendar.endOfWorkingDaysAfter(london(from), workingDays);
        assertThat(deadline).isEqualTo(london(lastDay + "T23:59:59"));
    }

    @Test
    void deadlineIsInLondonTimeAcrossTheChangeToSummerTime() {
        // Clocks go forward on Sunday 29 March 2026: the deadline is 23:59:59 BST, 22:59:59 UTC.
        assertThat(calendar.endOfWorkingDaysAfter(london("2026-03-27T12:00"), 1)).isEqualTo(Instant.parse("2026-03-30T22:59:59Z"));
    }

    @Test
    void escalationFiresAtNineOnTheNextWorkingDayAfterTheDeadline() {
        Instant deadline = london("2026-12-24T23:59:59");
        assertThat(calendar.startOfWorkingDaysAfter(deadline, 1)).isEqualTo(london("2026-12-29T09:00"));
        assertThat(calendar.startOfWorkingDaysAfter(london("2027-12-31T23:59:59"), 1)).isEqualTo(london("2028-01-04T09:00"));
    }

    @Test
    void countsWorkingDaysBetweenTwoDays() {
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-31"))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-12-31"), LocalDate.parse("2026-12-24"))).isEqualTo(-3);
    }

    @Test
    void refusesANegativeNumberOfWorkingDays() {
        assertThatThrownBy(() -> calendar.workingDaysAfter(LocalDate.parse("2026-12-24"), -1))
                .hasMessageContaining("cannot be negative");
    }
}
