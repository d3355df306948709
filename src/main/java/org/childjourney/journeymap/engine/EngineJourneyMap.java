package org.childjourney.journeymap.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricActivityInstanceQuery;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.childjourney.access.TeamScope;
import org.childjourney.journeymap.JourneyMap;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the journey map from the engine. Where children are now: the open (unfinished) activity instances of every
 * version of the model, from the engine's history, one query per version; overdue: the model's open tasks whose due
 * date has passed, one task query. A manager's scope is the set of open stages whose {@code holdingTeam} is one of
 * their teams: one query of the runtime variables named {@code holdingTeam}. Children's names are read only for the one activity
 * whose children are listed.
 */
@Component
public class EngineJourneyMap implements JourneyMap {

    private static final int BATCH = 500;

    private final ProcessEngine engine;
    private final Clock clock;
    private final JdbcClient db;
    private final Map<String, String> diagrams = new ConcurrentHashMap<>();
    private final Map<String, List<FlowNode>> places = new ConcurrentHashMap<>();

    public EngineJourneyMap(@Lazy ProcessEngine engine, Clock clock, JdbcClient db) {
        this.engine = engine;
        this.clock = clock;
        this.db = db;
    }

    @Override
    public List<Model> models() {
        return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
                .map(EngineJourneyMap::model)
                .sorted(Comparator.comparing(Model::name))
                .toList();
    }

    @Override
    public Optional<Model> model(String key) {
        return latest(key).map(EngineJourneyMap::model);
    }

    @Override
    public String diagram(String key) {
        ProcessDefinition latest = latest(key).orElseThrow(() -> new IllegalArgumentException("There is no model " + key));
        return diagrams.computeIfAbsent(latest.getId(), id -> {
            try (InputStream xml = engine.getRepositoryService().getProcessModel(id)) {
                return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public List<Place> places(String key, TeamScope scope) {
        ProcessDefinition latest = latest(key).orElseThrow(() -> new IllegalArgumentException("There is no model " + key));
        Set<String> inScope = inScope(scope);
        Map<String, Set<String>> here = new HashMap<>();
        for (HistoricActivityInstance a : openActivities(key, null)) {
            if (inScope == null || inScope.contains(a.getProcessInstanceId())) {
                here.computeIfAbsent(a.getActivityId(), id -> new HashSet<>()).add(a.getProcessInstanceId());
            }
        }
        Map<String, Set<String>> overdue = new HashMap<>();
        for (Task t : engine.getTaskService().createTaskQuery().processDefinitionKey(key).dueBefore(Date.from(clock.instant())).list()) {
            if (inScope == null || inScope.contains(t.getProcessInstanceId())) {
                overdue.computeIfAbsent(t.getTaskDefinitionKey(), id -> new HashSet<>()).add(t.getProcessInstanceId());
            }
        }
        Map<String, Place> result = new LinkedHashMap<>();
        for (FlowNode node : waitingPlaces(latest)) {
            result.put(node.getId(), place(node.getId(), node.getName(), kind(node), here, overdue));
        }
        here.keySet().stream().filter(id -> !result.containsKey(id)).sorted()
                .forEach(id -> result.put(id, place(id, id + " (earlier version of the model)", "activity", here, overdue)));
        return List.copyOf(result.values());
    }

    @Override
    public List<ChildHere> childrenAt(String key, String activityId, TeamScope scope) {
        Set<String> inScope = inScope(scope);
        Map<String, Instant> since = new HashMap<>();
        for (HistoricActivityInstance a : openActivities(key, activityId)) {
            if (inScope == null || inScope.contains(a.getProcessInstanceId())) {
                since.merge(a.getProcessInstanceId(), a.getStartTime().toInstant(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        if (since.isEmpty()) {
            return List.of();
        }
        Map<String, Date> due = new HashMap<>();
        for (Task t : engine.getTaskService().createTaskQuery().processDefinitionKey(key).taskDefinitionKey(activityId).list()) {
            if (t.getDueDate() != null && since.containsKey(t.getProcessInstanceId())) {
                due.merge(t.getProcessInstanceId(), t.getDueDate(), (x, y) -> x.before(y) ? x : y);
            }
        }
        Map<String, String> childIds = new HashMap<>();
        Map<String, Map<String, Object>> variables = new HashMap<>();
        List<String> ids = List.copyOf(since.keySet());
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<String> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
            for (ProcessInstance p : engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(new HashSet<>(batch)).list()) {
                childIds.put(p.getId(), p.getBusinessKey());
            }
            for (VariableInstance v : engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(batch.toArray(String[]::new))
                    .variableNameIn("childName", "holdingTeam").disableCustomObjectDeserialization().list()) {
                variables.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).putIfAbsent(v.getName(), v.getValue());
            }
        }
        Instant now = clock.instant();
        List<ChildHere> children = new ArrayList<>();
        for (String instance : ids) {
            Map<String, Object> vars = variables.getOrDefault(instance, Map.of());
            Date dueDate = due.get(instance);
            children.add(new ChildHere(childIds.get(instance), text(vars.get("childName")), text(vars.get("holdingTeam")), since.get(instance),
                    dueDate == null ? null : dueDate.toInstant(), dueDate != null && dueDate.toInstant().isBefore(now)));
        }
        children.sort(Comparator.comparing(ChildHere::since).thenComparing(c -> c.childId() == null ? "" : c.childId()));
        return children;
    }

    private List<HistoricActivityInstance> openActivities(String key, String activityId) {
        List<HistoricActivityInstance> open = new ArrayList<>();
        for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).list()) {
            HistoricActivityInstanceQuery query = engine.getHistoryService().createHistoricActivityInstanceQuery()
                    .processDefinitionId(definition.getId()).unfinished();
            if (activityId != null) {
                query.activityId(activityId);
            }
            for (HistoricActivityInstance a : query.list()) {
                if (!a.getActivityId().contains("#")) {   // a multi-instance body: its inner instances are counted
                    open.add(a);
                }
            }
        }
        return open;
    }

    /**
     * Open stages with one of the scope's teams; null for every stage. Read with SQL rather than a variable query by
     * value: the engine's query has no index to start from and, with 5,000 open journeys, H2 scanned all 240,000 runtime
     * variables (1.7 s cold). {@code TASK_ID_ is null and NAME_ = ?} is served by the engine's own
     * {@code ACT_IDX_VARIABLE_TASK_NAME_TYPE}, so only the {@code holdingTeam} variables are read.
     */
    private Set<String> inScope(TeamScope scope) {
        if (scope.everyTeam()) {
            return null;
        }
        if (scope.teams().isEmpty()) {
            return Set.of();
        }
        List<Object> params = new ArrayList<>(scope.teams());
        return new HashSet<>(db.sql("select v.PROC_INST_ID_ from ACT_RU_VARIABLE v where v.TASK_ID_ is null and v.NAME_ = 'holdingTeam'"
                        + " and v.TEXT_ in (" + String.join(", ", Collections.nCopies(params.size(), "?")) + ")")
                .params(params).query(String.class).list());
    }

    private List<FlowNode> waitingPlaces(ProcessDefinition definition) {
        return places.computeIfAbsent(definition.getId(), id -> {
            BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(id);
            // In the order a reader follows the diagram: left to right, then top to bottom.
            Map<String, double[]> position = new HashMap<>();
            for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
                if (shape.getBpmnElement() != null && shape.getBounds() != null) {
                    position.put(shape.getBpmnElement().getId(), new double[] {shape.getBounds().getX(), shape.getBounds().getY()});
                }
            }
            List<FlowNode> nodes = new ArrayList<>();
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                if (node instanceof Activity || node instanceof IntermediateCatchEvent || node instanceof EventBasedGateway) {
                    nodes.add(node);
                }
            }
            double[] nowhere = {Double.MAX_VALUE, Double.MAX_VALUE};
            nodes.sort(Comparator.comparingDouble((FlowNode n) -> position.getOrDefault(n.getId(), nowhere)[0])
                    .thenComparingDouble(n -> position.getOrDefault(n.getId(), nowhere)[1]));
            return List.copyOf(nodes);
        });
    }

    private static Place place(String id, String name, String kind, Map<String, Set<String>> here, Map<String, Set<String>> overdue) {
        return new Place(id, name == null || name.isBlank() ? id : name, kind, here.getOrDefault(id, Set.of()).size(),
                overdue.getOrDefault(id, Set.of()).size());
    }

    private static String kind(FlowNode node) {
        String type = node.getElementType().getTypeName();   // userTask, callActivity, subProcess, intermediateCatchEvent ...
        return type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.UK);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private Optional<ProcessDefinition> latest(String key) {
        return Optional.ofNullable(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult());
    }

    private static Model model(ProcessDefinition d) {
        return new Model(d.getKey(), d.getName() == null ? d.getKey() : d.getName(), d.getId(), d.getVersion());
    }
}
