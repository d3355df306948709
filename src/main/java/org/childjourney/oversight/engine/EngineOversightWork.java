package org.childjourney.oversight.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.childjourney.engine.ModelProperties;
import org.childjourney.engine.WorkTaskListener;
import org.childjourney.oversight.OversightWork;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads the board's open work from the engine's task table (by due date, by task key, by escalation model) and, in one
 * more query, the few named variables of those tasks' instances; definitions and model properties come from caches.
 */
@Component
public class EngineOversightWork implements OversightWork {

    static final String ALLOCATE_TASK = "AllocateNamedWorker";
    static final String FIRST_ESCALATION = "TeamManagerReview";
    static final String SECOND_ESCALATION = "HeadOfServiceReview";

    private final ProcessEngine engine;
    private final JdbcClient db;
    private final Map<String, ProcessDefinition> definitions = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> taskProperties = new ConcurrentHashMap<>();

    public EngineOversightWork(@Lazy ProcessEngine engine, JdbcClient db) {
        this.engine = engine;
        this.db = db;
    }

    @Override
    public List<OpenTask> dueBy(Instant horizon) {
        return openTasks("t.DUE_DATE_ <= ?", Timestamp.from(horizon));
    }

    @Override
    public List<OpenTask> waitingForAllocation() {
        return openTasks("t.TASK_DEF_KEY_ = ?", ALLOCATE_TASK);
    }

    @Override
    public List<OpenTask> assignedTo(String username) {
        return openTasks("t.ASSIGNEE_ = ?", username);
    }

    @Override
    public List<OpenEscalation> openEscalations() {
        String where = "t.PROC_DEF_ID_ like ? and t.TASK_DEF_KEY_ in (?, ?)";
        Object[] params = {WorkTaskListener.ESCALATION_PROCESS + ":%", FIRST_ESCALATION, SECOND_ESCALATION};
        Map<String, Map<String, Object>> vars = variables(where, params, "childId", "childName", "holdingTeam", "workName", "workDueAt",
                "timescale", "firstEscalationTo", "secondEscalationTo");
        return tasks(where, params).stream().map(task -> {
            Map<String, Object> v = vars.getOrDefault(task.processInstanceId(), Map.of());
            int level = SECOND_ESCALATION.equals(task.key()) ? 2 : 1;
            return new OpenEscalation(task.id(), text(v.get("childId")), text(v.get("childName")), text(v.get("holdingTeam")),
                    text(v.get("workName")), v.get("workDueAt") instanceof Instant due ? due : null, text(v.get("timescale")), level,
                    text(v.get(level == 2 ? "secondEscalationTo" : "firstEscalationTo")), task.assignee(), task.created());
        }).toList();
    }

    @Override
    public Map<String, List<String>> stagesOf(java.util.Collection<String> childIds) {
        Map<String, List<String>> stages = new HashMap<>();
        if (childIds.isEmpty()) {
            return stages;
        }
        // Process instances are the executions that are their own instance (ACT_RU_EXECUTION), found by business key.
        db.sql("select e.BUSINESS_KEY_, e.PROC_DEF_ID_ from ACT_RU_EXECUTION e where e.ID_ = e.PROC_INST_ID_ and e.SUSPENSION_STATE_ = 1 "
                        + "and e.BUSINESS_KEY_ in (:children) order by e.BUSINESS_KEY_, e.ID_")
                .param("children", childIds)
                .query((rs, n) -> {
                    ProcessDefinition definition = definition(rs.getString("PROC_DEF_ID_"));
                    if (!WorkTaskListener.ESCALATION_PROCESS.equals(definition.getKey())) {
                        stages.computeIfAbsent(rs.getString("BUSINESS_KEY_"), k -> new ArrayList<>()).add(definition.getName());
                    }
                    return n;
                })
                .list();
        return stages;
    }

    @Override
    public Map<String, Set<String>> childrenInStages(Set<String> processKeys) {
        Map<String, Set<String>> children = new HashMap<>();
        for (String key : processKeys) {
            children.put(key, engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).active().list().stream()
                    .map(ProcessInstance::getBusinessKey).filter(k -> k != null).collect(Collectors.toSet()));
        }
        return children;
    }

    /** An open task as read from the engine's task table. */
    private record TaskRow(String id, String key, String name, String definitionId, String processInstanceId, String assignee,
                           Instant created, Instant due) {
    }

    /*
     * Read straight from the engine's runtime tables (ACT_RU_TASK, ACT_RU_VARIABLE; the same in Camunda 7 and Operaton, on H2
     * and PostgreSQL) rather than through TaskQuery and VariableInstanceQuery: the same rows, without building an entity
     * and a typed value for each, which at thousands of open tasks is most of the cost. Only the named variables of the
     * matching tasks' instances are read, as strings (TEXT_) or dates (LONG_, milliseconds).
     */
    private List<OpenTask> openTasks(String where, Object... params) {
        List<TaskRow> tasks = tasks(where, params).stream()
                .filter(task -> !WorkTaskListener.ESCALATION_PROCESS.equals(definition(task.definitionId()).getKey()))
                .toList();
        Set<String> names = new TreeSet<>(List.of("childId", "childName", "holdingTeam"));
        tasks.forEach(task -> {
            String variantBy = properties(task).get(ModelProperties.TIMESCALE_VARIANT);
            if (variantBy != null) {
                names.add(variantBy);
            }
        });
        Map<String, Map<String, Object>> vars = tasks.isEmpty() ? Map.of() : variables(where, params, names.toArray(String[]::new));
        return tasks.stream().map(task -> {
            Map<String, Object> v = vars.getOrDefault(task.processInstanceId(), Map.of());
            ProcessDefinition definition = definition(task.definitionId());
            Map<String, String> properties = properties(task);
            return new OpenTask(task.id(), task.key(), task.name(), definition.getName(), definition.getKey(),
                    text(v.get("childId")), text(v.get("childName")), text(v.get("holdingTeam")), task.assignee(), task.created(), task.due(),
                    properties.get(ModelProperties.TIMESCALE),
                    properties.containsKey(ModelProperties.TIMESCALE_VARIANT) ? text(v.get(properties.get(ModelProperties.TIMESCALE_VARIANT))) : null,
                    properties.get(ModelProperties.TIMESCALE_FROM));
        }).toList();
    }

    private List<TaskRow> tasks(String where, Object... params) {
        return db.sql("select t.ID_, t.TASK_DEF_KEY_, t.NAME_, t.PROC_DEF_ID_, t.PROC_INST_ID_, t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_ "
                        + "from ACT_RU_TASK t where t.PROC_DEF_ID_ is not null and " + where)
                .params(params)
                .query((rs, n) -> {
                    Timestamp due = rs.getTimestamp("DUE_DATE_");
                    return new TaskRow(rs.getString("ID_"), rs.getString("TASK_DEF_KEY_"), rs.getString("NAME_"), rs.getString("PROC_DEF_ID_"),
                            rs.getString("PROC_INST_ID_"), rs.getString("ASSIGNEE_"), rs.getTimestamp("CREATE_TIME_").toInstant(),
                            due == null ? null : due.toInstant());
                })
                .list();
    }

    /** The named variables of the instances of the tasks matching {@code where}, one query; a value on the instance itself wins. */
    private Map<String, Map<String, Object>> variables(String where, Object[] params, String... names) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        List<Object> all = new ArrayList<>(List.of(names));
        all.addAll(List.of(params));
        db.sql("select v.PROC_INST_ID_, v.EXECUTION_ID_, v.NAME_, v.TYPE_, v.TEXT_, v.LONG_ from ACT_RU_VARIABLE v where v.NAME_ in ("
                        + String.join(", ", java.util.Collections.nCopies(names.length, "?")) + ") and v.PROC_INST_ID_ in ("
                        + "select t.PROC_INST_ID_ from ACT_RU_TASK t where t.PROC_DEF_ID_ is not null and " + where + ")")
                .params(all)
                .query((rs, n) -> {
                    Object value = "date".equals(rs.getString("TYPE_"))
                            ? (rs.getObject("LONG_") == null ? null : Instant.ofEpochMilli(rs.getLong("LONG_")))
                            : rs.getString("TEXT_");
                    Map<String, Object> values = byInstance.computeIfAbsent(rs.getString("PROC_INST_ID_"), id -> new HashMap<>());
                    String name = rs.getString("NAME_");
                    if (rs.getString("PROC_INST_ID_").equals(rs.getString("EXECUTION_ID_")) || !values.containsKey(name)) {
                        values.put(name, value);
                    }
                    return name;
                })
                .list();
        return byInstance;
    }

    private ProcessDefinition definition(String id) {
        return definitions.computeIfAbsent(id, key -> engine.getRepositoryService().getProcessDefinition(key));
    }

    private Map<String, String> properties(TaskRow task) {
        return taskProperties.computeIfAbsent(task.definitionId() + "#" + task.key(), key -> {
            var model = engine.getRepositoryService().getBpmnModelInstance(task.definitionId());
            return model.getModelElementById(task.key()) instanceof BaseElement element ? ModelProperties.of(element) : Map.of();
        });
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
