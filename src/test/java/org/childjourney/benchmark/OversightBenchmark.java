package org.childjourney.benchmark;

import org.childjourney.oversight.Figure;
import org.childjourney.oversight.Oversight;
import org.childjourney.oversight.OversightMetrics;
import org.childjourney.oversight.OversightWork;
import org.childjourney.workforce.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: how long the oversight board, its lists, caseloads, the leaver's page, their API and the Prometheus
 * scrape take with N open journeys (default 5,000) generated across every stage by {@link GeneratedJourneys}. Run with
 * {@code mvn -B test -Dtest=OversightBenchmark -Djourneys=5000 -Dsurefire.failIfNoSpecifiedTests=false}; results in docs/benchmarks.md.
 */
class OversightBenchmark extends JourneysBenchmark {

    @Autowired
    Oversight oversight;
    @Autowired
    OversightMetrics metrics;
    @Autowired
    OversightWork work;

    @Test
    void measure() throws Exception {
        List<String> everyTeam = workforce.teams().stream().map(Team::code).toList();
        Oversight.Snapshot snapshot = oversight.snapshot();
        for (Figure figure : Figure.values()) {
            System.out.printf("  %-14s %s%n", figure.slug(), snapshot.count(figure, everyTeam));
        }
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            oversight.snapshot();
            long snap = (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            int dueBy = work.dueBy(Instant.now().plus(Duration.ofDays(7))).size();
            long dueByMs = (System.nanoTime() - t) / 1_000_000;
            System.out.printf("One snapshot (every figure, every team), in the JVM: %d ms; tasks due within 7 days (%d): %d ms%n",
                    snap, dueBy, dueByMs);
        }
        long t = System.nanoTime();
        metrics.refresh();
        System.out.printf("Prometheus snapshot refresh: %d ms%n", (System.nanoTime() - t) / 1_000_000);

        String leaver = generated().fact("busyWorker");
        List<Timing> timings = new ArrayList<>();
        timings.add(time("Board, First Response (fr.manager)", "/oversight", "fr.manager"));
        timings.add(time("Board, every team (head of service)", "/oversight", "hos"));
        timings.add(time("Overdue list, First Response (fr.manager)", "/oversight/overdue?team=first-response", "fr.manager"));
        timings.add(time("Stuck list, CIN North (cinn.manager)", "/oversight/stuck?team=cin-north", "cinn.manager"));
        timings.add(time("Unallocated list, every team (head of service)", "/oversight/unallocated", "hos"));
        timings.add(time("Escalations list, First Response (fr.manager)", "/oversight/escalations?team=first-response", "fr.manager"));
        timings.add(time("Caseloads, every team (head of service)", "/caseloads", "hos"));
        timings.add(time("If " + leaver + " left (fr.manager)", "/caseloads/workers/" + leaver + "/leaving", "fr.manager"));
        timings.add(time("API board, every team (head of service)", "/api/oversight", "hos"));
        timings.add(time("API overdue, every team (head of service)", "/api/oversight/overdue", "hos"));
        timings.add(time("Prometheus scrape (cached snapshot)", "/actuator/prometheus", "monitoring"));
        printTable(JOURNEYS + " generated journeys: oversight", timings);
    }
}
