package org.childjourney.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Working days in England: Monday to Friday, less the England and Wales bank holidays
 * (observed dates, so a Christmas Day on a Saturday moves to the following Monday or Tuesday).
 * Holidays come from jollyday's maintained UK calendar, subdivision "eng".
 * <p>
 * Conventions, used by every clock in the product:
 * <ul>
 *   <li>"within N working days of X" ends at the end of the Nth working day after the day of X
 *       (London time); N = 0 means the end of the day of X, or of the next working day if X is not one;</li>
 *   <li>an escalation "N working days after" a deadline fires at the start of the working day
 *       (09:00 London by default) on the Nth working day after the day of the deadline.</li>
 * </ul>
 */
public class WorkingDayCalendar {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String ENGLAND = "eng";

    private final HolidayManager holidayManager =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private final Map<Integer, Set<LocalDate>> bankHolidaysByYear = new ConcurrentHashMap<>();
    private final LocalTime startOfWorkingDay;

    public WorkingDayCalendar(LocalTime startOfWorkingDay) {
        this.startOfWorkingDay = startOfWorkingDay;
    }

    public WorkingDayCalendar() {
        this(LocalTime.of(9, 0));
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isBankHoliday(day);
    }

    public boolean isBankHoliday(LocalDate day) {
        return bankHolidaysByYear.computeIfAbsent(day.getYear(), this::loadBankHolidays).contains(day);
    }

    /** The Nth working day after {@code day}; for N = 0, {@code day} itself if it is a working day, else the next one. */
    public LocalDate workingDaysAfter(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("A number of working days cannot be negative: " + n);
        }
        LocalDate current = day;
        if (n == 0) {
            while (!isWorkingDay(current)) {
                current = current.plusDays(1);
            }
            return current;
        }
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /** Working days strictly after the day of {@code from} up to and including the day of {@code to}; negative if {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The deadline "within N working days of {@code from}": the last second of the Nth working day after its day. */
    public Instant endOfWorkingDaysAfter(Instant from, int n) {
        return endOfDay(workingDaysAfter(londonDate(from), n));
    }

    /** When an escalation fires, N working days after a deadline: start of that working day, London time. */
    public Instant startOfWorkingDaysAfter(Instant deadline, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("An escalation fires at least 1 working day after its deadline, not " + n);
        }
        return workingDaysAfter(londonDate(deadline), n).atTime(startOfWorkingDay).atZone(LONDON).toInstant();
    }

    public static LocalDate londonDate(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }

    public static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(LONDON).toInstant().minusSeconds(1);
    }

    private Set<LocalDate> loadBankHolidays(int year) {
        return holidayManager.getHolidays(Year.of(year), ENGLAND).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }
}
