package org.childjourney.benchmark;

import org.childjourney.engine.WorkTaskListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Not a test: prints how long My work and the child record take with N open journeys (default 5,000) generated across
 * every stage by {@link GeneratedJourneys}. Run with
 * {@code mvn -B test -Dtest=PagesBenchmark -Djourneys=5000 -Dsurefire.failIfNoSpecifiedTests=false}; results in docs/benchmarks.md.
 */
class PagesBenchmark extends JourneysBenchmark {

    @Test
    void measure() throws Exception {
        GeneratedJourneys.Summary data = generated();
        String busy = data.fact("busyWorker");
        String manager = data.fact("teamManager");
        String mash = data.fact("mashOfficer");
        String cpChild = data.fact("cpChild");
        String cinChild = data.fact("cinChild");
        List<Timing> timings = new ArrayList<>();
        timings.add(time("My work, " + busy + " (busy worker)", "/my-work", busy));
        timings.add(time("My work, " + manager + " (team manager)", "/my-work", manager));
        timings.add(time("My work, " + mash + " (MASH queue)", "/my-work", mash));
        timings.add(time("My work, hos (head of service)", "/my-work", "hos"));
        timings.add(time("Child record, child protection (" + data.fact("cpWorker") + ")", "/children/" + cpChild, data.fact("cpWorker")));
        timings.add(time("Child record, child in need (head of service)", "/children/" + cinChild, "hos"));
        timings.add(time("API child record, child protection (" + data.fact("cpWorker") + ")", "/api/children/" + cpChild, data.fact("cpWorker")));
        timings.add(time("API child record, child in need (head of service)", "/api/children/" + cinChild, "hos"));
        Timing apiMyWork = time("API My work, " + busy, "/api/my-work", busy);
        if (apiMyWork.status() != 404) {
            timings.add(apiMyWork);
        }
        correlationCost(cinChild);
        printTable(JOURNEYS + " generated journeys (" + data.fact("openProcessInstances") + " open process instances, " + data.fact("openTasks")
                + " open tasks, generated in " + data.generationSeconds() + " s)", timings);
    }

    /**
     * What ending an escalation watch costs on this data, as completing any task with a due date does (and recording a
     * handover, for a manager-held case): the engine's search for the watch by its variable alone, as before the fix
     * (timed once: at 5,000 journeys one search takes minutes), and with the child's business key, as now (median of
     * 20). Nothing matches the made-up task id, so nothing changes.
     */
    private void correlationCost(String childId) {
        long open = engine.getRuntimeService().createExecutionQuery().count();
        long t = System.nanoTime();
        engine.getRuntimeService().createMessageCorrelation(WorkTaskListener.WORK_DONE_MESSAGE)
                .processInstanceVariableEquals("workTaskId", "no-such-task-before").correlateAllWithResult();
        long before = System.nanoTime() - t;
        // A different made-up id each time: H2 answers a repeated query with unchanged tables from its last result.
        long after = median(i -> engine.getRuntimeService().createMessageCorrelation(WorkTaskListener.WORK_DONE_MESSAGE)
                .processInstanceVariableEquals("workTaskId", "no-such-task-" + i).processInstanceBusinessKey(childId).correlateAllWithResult());
        System.out.printf("%nEnding an escalation watch with %d open executions: by variable only (before the fix, one search) %.2f ms, "
                + "by the child's business key (now) median %.2f ms%n", open, before / 1e6, after / 1e6);
    }

    private static long median(IntConsumer work) {
        for (int i = 0; i < 3; i++) {
            work.accept(-i - 1);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            work.accept(i);
            nanos.add(System.nanoTime() - t);
        }
        Collections.sort(nanos);
        return (nanos.get(9) + nanos.get(10)) / 2;
    }
}
