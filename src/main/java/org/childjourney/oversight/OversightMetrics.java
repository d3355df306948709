package org.childjourney.oversight;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.childjourney.workforce.Team;
import org.childjourney.workforce.Workforce;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * The board's headline figures as Prometheus gauges, one per team (tag {@code team}), so a council's monitoring can alert
 * on them: {@code childjourney_overdue_children}, {@code childjourney_unallocated_children},
 * {@code childjourney_escalations_open} (open escalations, not children), {@code childjourney_stuck_children} and
 * {@code childjourney_manager_held_children}. They read one snapshot, recomputed at most once per
 * {@code childjourney.oversight.metrics-refresh} (60 s by default), whatever the scrape rate.
 */
@Component
public class OversightMetrics {

    private final Oversight oversight;
    private final Workforce workforce;
    private final MeterRegistry registry;
    private final Set<String> registered = new HashSet<>();
    private Oversight.Snapshot snapshot;
    private long takenAt;

    public OversightMetrics(Oversight oversight, Workforce workforce, MeterRegistry registry) {
        this.oversight = oversight;
        this.workforce = workforce;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void registerTeams() {
        for (Team team : workforce.teams()) {
            register(team.code());
        }
    }

    /** Recomputes the snapshot now, whatever its age (and registers gauges for teams added since). */
    public synchronized Oversight.Snapshot refresh() {
        snapshot = oversight.snapshot();
        takenAt = System.nanoTime();
        registerTeams();
        return snapshot;
    }

    synchronized Oversight.Snapshot current() {
        if (snapshot == null || System.nanoTime() - takenAt > oversight.settings().metricsRefresh().toNanos()) {
            refresh();
        }
        return snapshot;
    }

    private synchronized void register(String team) {
        if (!registered.add(team)) {
            return;
        }
        gauge("childjourney.overdue.children", "Children with work past its statutory deadline", team, Figure.OVERDUE, false);
        gauge("childjourney.unallocated.children", "Children handed to the team with no named worker", team, Figure.UNALLOCATED, false);
        gauge("childjourney.escalations.open", "Overdue work escalations raised and not yet reviewed", team, Figure.ESCALATIONS, true);
        gauge("childjourney.stuck.children", "Children with no progress for the configured number of working days", team, Figure.STUCK, false);
        gauge("childjourney.manager.held.children", "Children whose case is held by a manager", team, Figure.MANAGER_HELD, false);
    }

    private void gauge(String name, String description, String team, Figure figure, boolean items) {
        Gauge.builder(name, this, m -> {
                    Oversight.Count count = m.current().count(figure, Set.of(team));
                    return items ? count.items() : count.children();
                })
                .description(description).tag("team", team).register(registry);
    }
}
