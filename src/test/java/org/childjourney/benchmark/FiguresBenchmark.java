package org.childjourney.benchmark;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: prints how long the live journey map and the performance figures take with N open journeys (default
 * 5,000) generated across every stage by {@link GeneratedJourneys}, with their history (decided contacts, authorised
 * assessments, strategy discussions, conferences). Run with
 * {@code mvn -B test -Dtest=FiguresBenchmark -Djourneys=5000 -Dsurefire.failIfNoSpecifiedTests=false}; results in docs/benchmarks.md.
 */
class FiguresBenchmark extends JourneysBenchmark {

    @Test
    void measure() throws Exception {
        List<Timing> timings = new ArrayList<>();
        timings.add(time("Journey map, front door (head of service)", "/journey-map/front-door", "hos"));
        timings.add(time("Journey map, front door (MASH manager)", "/journey-map/front-door", "mash.manager"));
        timings.add(time("Journey map, child protection (First Response manager)", "/journey-map/child-protection", "fr.manager"));
        timings.add(time("Journey map API, single assessment (head of service)", "/api/journey-map/single-assessment", "hos"));
        timings.add(time("Children at MASH screening (head of service, every child)", "/journey-map/front-door/MashScreening", "hos"));
        timings.add(time("Performance, 12 months, every team (head of service)", "/performance", "hos"));
        timings.add(time("Performance, 12 months, First Response (manager)", "/performance", "fr.manager"));
        timings.add(time("Performance CSV, 12 months (head of service)", "/api/performance.csv", "hos"));
        timings.add(time("Children behind NFA at the front door (head of service)", "/performance/nfa-front-door", "hos"));
        printTable(JOURNEYS + " generated journeys: journey map and performance figures", timings);
    }
}
