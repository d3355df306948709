package org.childjourney.oversight;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the oversight board draws its lines (application.yaml, {@code childjourney.oversight.*}).
 *
 * @param stuckAfterWorkingDays a child is stuck after this many working days with no progress on their chronology
 * @param dueSoonWorkingDays    "due soon" is due by the end of this many working days after today
 * @param metricsRefresh        how old the snapshot behind the Prometheus gauges may be before a scrape recomputes it
 */
@ConfigurationProperties("childjourney.oversight")
public record OversightSettings(@DefaultValue("10") int stuckAfterWorkingDays, @DefaultValue("5") int dueSoonWorkingDays,
                                @DefaultValue("60s") Duration metricsRefresh) {
}
