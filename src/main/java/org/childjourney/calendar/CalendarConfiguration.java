package org.childjourney.calendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalTime;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(@Value("${childjourney.calendar.start-of-working-day:09:00}") LocalTime startOfWorkingDay) {
        return new WorkingDayCalendar(startOfWorkingDay);
    }

    @Bean
    Timescales timescales(TimescaleTable table, WorkingDayCalendar calendar, Clock clock) {
        return new Timescales(table, calendar, clock);
    }
}
