package org.childjourney.allocation.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.childjourney.allocation.AllocationRules;
import org.childjourney.allocation.Allocations;
import org.childjourney.chronology.Chronology;
import org.childjourney.chronology.ChronologyEntry;
import org.childjourney.chronology.ChronologyEntry.EntryType;
import org.childjourney.engine.Expressions;
import org.childjourney.engine.WorkRuleException;
import org.childjourney.workforce.Team;
import org.childjourney.workforce.Worker;
import org.childjourney.workforce.Workforce;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * "Allocate a named worker": on create, shows the manager their team with caseloads; on complete, applies the allocation
 * rules to the chosen worker (statutory work: registered social workers of the holding team, within capacity unless the
 * manager records an override) and records them as receiving the case.
 */
@Component("allocateWorker")
public class AllocateWorkerListener implements TaskListener {

    /** Room under the engine's 4,000 characters for the closing "…and N more" line. */
    static final int SUMMARY_LIMIT = 3_900;

    private final AllocationGuard guard;
    private final Workforce workforce;
    private final Allocations allocations;
    private final Chronology chronology;
    private final Clock clock;
    private final ManagerHolds managerHolds;

    public AllocateWorkerListener(AllocationGuard guard, Workforce workforce, Allocations allocations, Chronology chronology, Clock clock,
                                  ManagerHolds managerHolds) {
        this.guard = guard;
        this.workforce = workforce;
        this.allocations = allocations;
        this.chronology = chronology;
        this.clock = clock;
        this.managerHolds = managerHolds;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            describeTeam(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            allocate(task);
        }
    }

    private void describeTeam(DelegateTask task) {
        String team = (String) task.getVariable("holdingTeam");
        task.setVariable("holdingTeamName", workforce.team(team).map(Team::name).orElse(team));
        Object from = task.getVariable("handoverFrom");
        task.setVariable("handoverFromName", from == null ? "" : workforce.team(from.toString()).map(Team::name).orElse(from.toString()));
        task.setVariableLocal("teamWorkersSummary", summary(workforce.members(team).stream()
                .map(w -> w.username() + ": " + w.fullName() + ", " + w.role().name().toLowerCase().replace('_', ' ')
                        + (w.isRegisteredSocialWorker() ? ", registered " + w.sweRegistration() : ", not registered")
                        + ", " + allocations.caseload(w.username()) + " of " + w.capacity() + " cases")
                .toList()));
    }

    /**
     * One line per worker, cut short for a large team: the engine keeps a text variable in a 4,000 character column, and
     * a longer one fails the step that creates the task (a team of about 60 workers reached it).
     */
    static String summary(List<String> lines) {
        StringBuilder summary = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = (i == 0 ? "" : "\n") + lines.get(i);
            if (summary.length() + line.length() > SUMMARY_LIMIT) {
                return summary + "\n…and " + (lines.size() - i) + " more workers in the team: enter any of their usernames.";
            }
            summary.append(line);
        }
        return summary.toString();
    }

    private void allocate(DelegateTask task) {
        Object chosen = task.getVariable("allocatedWorker");
        if (!AllocationGuard.notBlank(chosen)) {
            throw new WorkRuleException("Enter the username of the worker to allocate.");
        }
        String username = chosen.toString().trim();
        Worker worker = guard.worker(username);
        String childId = (String) task.getVariable("childId");
        String team = (String) task.getVariable("holdingTeam");
        Object override = task.getVariable("capacityOverrideReason");
        int caseload = allocations.caseloadOtherThan(username, childId);
        String work = String.valueOf(task.getVariable("allocationFor"));
        // Early help is not statutory work: family support workers may hold it. Everything else is.
        boolean statutory = !Boolean.FALSE.equals(task.getVariable("allocationStatutory"));
        if (username.equals(task.getVariable("leavingWorker"))) {
            throw new WorkRuleException("Allocation refused: " + worker.fullName() + " (" + username + ") is leaving; choose another worker in the team.");
        }
        AllocationRules.refusal(worker, team, work, statutory, caseload, AllocationGuard.notBlank(override))
                .ifPresent(message -> {
                    throw new WorkRuleException(message);
                });
        boolean managerHeld = AllocationRules.isManagerHold(worker);
        boolean overCapacity = !managerHeld && caseload >= worker.capacity();
        allocations.receive(childId, team, username, managerHeld, clock.instant(), overCapacity ? "Capacity override: " + override : null);
        task.setVariable("allocatedWorker", username);
        task.setVariable("allocatedWorkerName", worker.fullName());
        task.setVariable("managerHeld", managerHeld);
        if (managerHeld) {
            managerHolds.watch(task, childId, team, worker.fullName());
        }
        chronology.record(ChronologyEntry.of(childId, clock.instant(), EntryType.ALLOCATION,
                        "Allocated to " + worker.fullName() + " (" + username + ") for " + work
                                + (managerHeld ? ": held by a manager, temporarily" : "")
                                + (overCapacity ? ": above capacity (" + caseload + " of " + worker.capacity() + "), manager's override" : ""),
                        overCapacity ? override.toString() : null, Expressions.actor(task.getAssignee()))
                .from(task.getProcessInstanceId(), task.getTaskDefinitionKey()));
    }
}
