package org.childjourney.performance.engine;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.childjourney.calendar.Moments;
import org.childjourney.performance.Counted;
import org.childjourney.performance.CountedItems;
import org.childjourney.performance.Measure;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures the engine's history answers. Each is read with a query bounded by the period (tasks finished in it,
 * stages ended in it, plans started in it); then, for just the process instances found, their business key (the
 * child's id) and one named variable, {@code holdingTeam} (the team the stage was with), in batches. No other variable
 * is read.
 */
@Component
public class EngineCounts implements CountedItems {

    /** Timeliness figures: the task whose completion is measured against its own due date. */
    static final Map<String, Measure> ON_TIME_TASKS = Map.of(
            "AuthoriseAssessment", Measure.ASSESSMENTS_ON_TIME,
            "HoldStrategyDiscussion", Measure.STRATEGY_ON_TIME,
            "HoldInitialConference", Measure.ICPC_ON_TIME,
            "ChildProtectionVisit", Measure.CP_VISITS_ON_TIME,
            "TellReferrer", Measure.REFERRER_FEEDBACK_ON_TIME,
            "TellReferrerClosed", Measure.REFERRER_FEEDBACK_ON_TIME);

    static final String ASSESSMENT = "single-assessment";
    static final String NO_FURTHER_ACTION_AFTER_ASSESSMENT = "ClosedAfterAssessment";
    static final Set<String> ASSESSMENT_OUTCOMES = Set.of(NO_FURTHER_ACTION_AFTER_ASSESSMENT, "HandedToEarlyHelp", "HandedToChildInNeed",
            "HandedToStrategyDiscussion");
    static final String EARLY_HELP = "early-help";
    static final String STEPPED_UP = "SteppedUpToMash";
    static final Set<String> EARLY_HELP_ENDS = Set.of("EarlyHelpClosed", STEPPED_UP);
    /** The sub-process that lasts as long as a child protection plan: its start is the plan's start. */
    static final String CP_PLAN = "PlanLasts";
    static final String CHILD_PROTECTION = "child-protection";

    private static final String COMPLETED = "completed";
    private static final int BATCH = 500;

    private final ProcessEngine engine;
    private final JdbcClient db;

    public EngineCounts(@Lazy ProcessEngine engine, JdbcClient db) {
        this.engine = engine;
        this.db = db;
    }

    @Override
    public List<Counted> between(Instant from, Instant to) {
        HistoryService history = engine.getHistoryService();
        Date fromDate = Date.from(from);
        Date toDate = Date.from(to);
        // The engine's date filters include both ends: the end of the period is filtered out again below.
        List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
                .taskDefinitionKeyIn(ON_TIME_TASKS.keySet().toArray(String[]::new))
                .finishedAfter(fromDate).finishedBefore(toDate).taskDeleteReason(COMPLETED).list()
                .stream().filter(t -> t.getEndTime().before(toDate)).toList();
        List<HistoricProcessInstance> assessments = stagesEnded(ASSESSMENT, ASSESSMENT_OUTCOMES, fromDate, toDate);
        List<HistoricProcessInstance> earlyHelp = stagesEnded(EARLY_HELP, EARLY_HELP_ENDS, fromDate, toDate);
        // The child in need model has an activity of the same id: plans are read per version of the child protection model.
        List<HistoricActivityInstance> plansStarted = new ArrayList<>();
        List<HistoricActivityInstance> plansBefore = new ArrayList<>();
        for (ProcessDefinition cp : engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(CHILD_PROTECTION).list()) {
            // Every plan that started before the period ended, to find a child's earlier plans (a few per child protection child).
            for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processDefinitionId(cp.getId()).activityId(CP_PLAN)
                    .startedBefore(toDate).list()) {
                if (a.getStartTime().before(toDate)) {
                    plansBefore.add(a);
                    if (!a.getStartTime().before(fromDate)) {
                        plansStarted.add(a);
                    }
                }
            }
        }

        Set<String> instances = new HashSet<>();
        tasks.forEach(t -> instances.add(t.getProcessInstanceId()));
        assessments.forEach(p -> instances.add(p.getId()));
        earlyHelp.forEach(p -> instances.add(p.getId()));
        plansBefore.forEach(a -> instances.add(a.getProcessInstanceId()));
        Map<String, String> childOf = new HashMap<>();
        Map<String, String> teamOf = new HashMap<>();
        assessments.forEach(p -> childOf.put(p.getId(), p.getBusinessKey()));
        earlyHelp.forEach(p -> childOf.put(p.getId(), p.getBusinessKey()));
        readChildAndTeam(instances, childOf, teamOf);

        List<Counted> items = new ArrayList<>();
        for (HistoricTaskInstance t : tasks) {
            boolean onTime = t.getDueDate() != null && !t.getEndTime().after(t.getDueDate());
            items.add(new Counted(ON_TIME_TASKS.get(t.getTaskDefinitionKey()), childOf.get(t.getProcessInstanceId()),
                    teamOf.get(t.getProcessInstanceId()), t.getEndTime().toInstant(), onTime,
                    t.getName() + (t.getDueDate() == null ? ": no due date" : (onTime ? ": on time" : ": late"))
                            + " (due " + when(t.getDueDate()) + ", done " + when(t.getEndTime()) + ")"));
        }
        for (HistoricProcessInstance p : assessments) {
            boolean nfa = NO_FURTHER_ACTION_AFTER_ASSESSMENT.equals(p.getEndActivityId());
            items.add(new Counted(Measure.NFA_AFTER_ASSESSMENT, p.getBusinessKey(), teamOf.get(p.getId()), p.getEndTime().toInstant(), nfa,
                    "Single assessment ended: " + p.getEndActivityId()));
        }
        for (HistoricProcessInstance p : earlyHelp) {
            boolean steppedUp = STEPPED_UP.equals(p.getEndActivityId());
            items.add(new Counted(Measure.STEP_UPS_AFTER_STEP_DOWN, p.getBusinessKey(), teamOf.get(p.getId()), p.getEndTime().toInstant(), steppedUp,
                    "Early help ended: " + p.getEndActivityId()));
        }
        Map<String, List<Instant>> planStartsOf = new HashMap<>();
        for (HistoricActivityInstance a : plansBefore) {
            String child = childOf.get(a.getProcessInstanceId());
            if (child != null) {
                planStartsOf.computeIfAbsent(child, c -> new ArrayList<>()).add(a.getStartTime().toInstant());
            }
        }
        for (HistoricActivityInstance a : plansStarted) {
            String child = childOf.get(a.getProcessInstanceId());
            Instant started = a.getStartTime().toInstant();
            long earlier = planStartsOf.getOrDefault(child, List.of()).stream().filter(s -> s.isBefore(started)).count();
            items.add(new Counted(Measure.SECOND_CP_PLANS, child, teamOf.get(a.getProcessInstanceId()), started, earlier > 0,
                    earlier > 0 ? "Child protection plan number " + (earlier + 1) + " for this child" : "First child protection plan for this child"));
        }
        return items;
    }

    /** Stages of {@code key} that ended in the period at one of {@code ends} (not cancelled or deleted). */
    private List<HistoricProcessInstance> stagesEnded(String key, Set<String> ends, Date from, Date to) {
        // Per version of the model: by definition id and end time the engine's ACT_IDX_HI_PI_PDEFID_END_TIME finds just
        // these stages. By key, H2 read every process instance that ended in the period (at 5,000 journeys 39,000,
        // most of them escalation watches) to keep a few hundred.
        List<HistoricProcessInstance> ended = new ArrayList<>();
        for (ProcessDefinition version : engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).list()) {
            engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionId(version.getId())
                    .finishedAfter(from).finishedBefore(to).list().stream()
                    .filter(p -> p.getEndTime().before(to) && p.getDeleteReason() == null && ends.contains(p.getEndActivityId()))
                    .forEach(ended::add);
        }
        return ended;
    }

    /**
     * The child (business key) and team ({@code holdingTeam}) of each process instance, in one query per 500. SQL rather
     * than the engine's variable query: given its ids as parameters beside the name, H2 chose the name index, read every
     * {@code holdingTeam} variable ever written and compared each with all 500 ids (2.5 s for 12 months at 5,000
     * journeys). Here each instance is found by its primary key and its one variable through the engine's
     * (process instance, name) index.
     */
    private void readChildAndTeam(Collection<String> instances, Map<String, String> childOf, Map<String, String> teamOf) {
        List<String> ids = List.copyOf(instances);
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<Object> batch = new ArrayList<>(ids.subList(i, Math.min(ids.size(), i + BATCH)));
            db.sql("select p.ID_, p.BUSINESS_KEY_, (select max(v.TEXT_) from ACT_HI_VARINST v where v.PROC_INST_ID_ = p.ID_"
                            + " and v.NAME_ = 'holdingTeam') as TEAM from ACT_HI_PROCINST p where p.ID_ in ("
                            + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")")
                    .params(batch)
                    .query(rs -> {
                        childOf.putIfAbsent(rs.getString("ID_"), rs.getString("BUSINESS_KEY_"));
                        if (rs.getString("TEAM") != null) {
                            teamOf.put(rs.getString("ID_"), rs.getString("TEAM"));
                        }
                    });
        }
    }

    private static String when(Date date) {
        return date == null ? "none" : Moments.dayAndTime(date.toInstant());
    }
}
