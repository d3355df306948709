package org.childjourney.oversight;

import org.childjourney.oversight.OversightWork.OpenTask;
import org.childjourney.workforce.Team;
import org.childjourney.workforce.Worker;
import org.childjourney.workforce.Workforce;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Caseloads against capacity. A worker's caseload is the number of distinct children whose case they hold or are
 * receiving now (the allocation record, as the allocation rules count it); the weighted caseload adds each child's weight
 * (see {@link CaseloadSettings}). Over capacity: more children than the capacity recorded for them in the workforce.
 */
@Service
public class Caseloads {

    public record WorkerLoad(String username, String fullName, String role, boolean active, int capacity, int children, double weighted,
                             boolean overCapacity, boolean weightedOverCapacity) {
    }

    public record TeamLoad(String team, String teamName, List<WorkerLoad> workers, int children, double weighted, int capacity,
                           int childrenWithNoNamedWorker, List<String> overCapacity) {
    }

    public record LeavingChild(String childId, String childName, String team, String status, boolean managerHeld, double weight,
                               List<String> stages, List<String> workAssigned) {
    }

    /** What a worker leaving would leave behind: each child whose case needs reallocating, and the work assigned to them. */
    public record Leaving(String username, String fullName, String team, List<LeavingChild> children, List<String> otherWorkAssigned) {
    }

    private record Held(String childId, String childName, String team, String worker, String status, boolean managerHeld) {
    }

    private final JdbcClient db;
    private final Workforce workforce;
    private final OversightWork work;
    private final CaseloadSettings settings;

    public Caseloads(JdbcClient db, Workforce workforce, OversightWork work, CaseloadSettings settings) {
        this.db = db;
        this.workforce = workforce;
        this.work = work;
        this.settings = settings;
    }

    public Map<String, Double> weights() {
        return settings.weights();
    }

    public List<TeamLoad> teams(List<Team> teams) {
        List<Held> held = held();
        Weights weights = weights(held.stream().map(Held::childId).collect(Collectors.toSet()));
        List<Worker> everyone = workforce.workers();
        List<TeamLoad> loads = new ArrayList<>();
        for (Team team : teams) {
            Map<String, Set<String>> childrenOf = new HashMap<>();
            Map<String, Set<String>> teamChildren = new HashMap<>();
            for (Held h : held) {
                if (h.team().equals(team.code())) {
                    teamChildren.computeIfAbsent(h.childId(), c -> new LinkedHashSet<>()).add(h.worker() == null ? "" : h.worker());
                }
                if (h.worker() != null) {
                    childrenOf.computeIfAbsent(h.worker(), w -> new LinkedHashSet<>()).add(h.childId());
                }
            }
            List<WorkerLoad> workers = everyone.stream()
                    .filter(w -> team.code().equals(w.teamCode()) && (w.active() || childrenOf.containsKey(w.username())))
                    .map(w -> {
                        Set<String> children = childrenOf.getOrDefault(w.username(), Set.of());
                        double weighted = children.stream().mapToDouble(weights::of).sum();
                        return new WorkerLoad(w.username(), w.fullName(), w.role().name(), w.active(), w.capacity(), children.size(), weighted,
                                children.size() > w.capacity(), weighted > w.capacity());
                    })
                    .sorted(Comparator.comparing(WorkerLoad::fullName)).toList();
            int noNamedWorker = (int) teamChildren.values().stream().filter(names -> names.stream().allMatch(String::isEmpty)).count();
            loads.add(new TeamLoad(team.code(), team.name(), workers, workers.stream().mapToInt(WorkerLoad::children).sum(),
                    workers.stream().mapToDouble(WorkerLoad::weighted).sum(), workers.stream().mapToInt(WorkerLoad::capacity).sum(), noNamedWorker,
                    workers.stream().filter(WorkerLoad::overCapacity).map(WorkerLoad::username).toList()));
        }
        return loads;
    }

    public Optional<Leaving> leaving(String username) {
        return workforce.worker(username).map(worker -> {
            List<Held> theirs = held().stream().filter(h -> username.equals(h.worker())).toList();
            Map<String, List<String>> assigned = new LinkedHashMap<>();
            List<String> other = new ArrayList<>();
            Set<String> childIds = theirs.stream().map(Held::childId).collect(Collectors.toSet());
            for (OpenTask task : work.assignedTo(username)) {
                String what = task.work() + " (" + task.stage() + ")";
                if (task.childId() != null && childIds.contains(task.childId())) {
                    assigned.computeIfAbsent(task.childId(), c -> new ArrayList<>()).add(what);
                } else {
                    other.add(what + (task.childName() == null ? "" : ", for " + task.childName()));
                }
            }
            Weights weights = weights(childIds);
            Map<String, List<String>> stages = work.stagesOf(childIds);
            Map<String, LeavingChild> children = new LinkedHashMap<>();
            for (Held h : theirs) {
                children.putIfAbsent(h.childId(), new LeavingChild(h.childId(), h.childName(), h.team(), h.status(), h.managerHeld(),
                        weights.of(h.childId()), stages.getOrDefault(h.childId(), List.of()),
                        assigned.getOrDefault(h.childId(), List.of())));
            }
            return new Leaving(worker.username(), worker.fullName(), worker.teamCode(), List.copyOf(children.values()), other);
        });
    }

    private List<Held> held() {
        return db.sql("""
                        select a.child_id, a.team_code, a.worker_username, a.status, a.manager_held, c.first_name, c.last_name
                        from allocation a join child c on c.id = a.child_id where a.ended_at is null order by c.last_name, c.first_name, a.child_id""")
                .query((rs, n) -> new Held(rs.getString("child_id"), Oversight.childName(rs.getString("first_name"), rs.getString("last_name")),
                        rs.getString("team_code"), rs.getString("worker_username"), rs.getString("status"), rs.getBoolean("manager_held")))
                .list();
    }

    private Weights weights(Set<String> childIds) {
        Map<String, Double> weightOf = new HashMap<>();
        if (!childIds.isEmpty() && !settings.weights().isEmpty()) {
            work.childrenInStages(settings.weights().keySet()).forEach((stage, children) -> children.stream().filter(childIds::contains)
                    .forEach(child -> weightOf.merge(child, settings.weights().get(stage), Math::max)));
        }
        return new Weights(weightOf);
    }

    /** A child's weight: the largest weight of the listed stages they are in, or 1 if they are in none of them. */
    private record Weights(Map<String, Double> weightOf) {
        double of(String childId) {
            return weightOf.getOrDefault(childId, 1.0);
        }
    }
}
