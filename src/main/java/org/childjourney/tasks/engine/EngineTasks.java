package org.childjourney.tasks.engine;

import org.childjourney.forms.RefusedException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.childjourney.access.Viewer;
import org.childjourney.calendar.Moments;
import org.childjourney.engine.Refusals;
import org.childjourney.forms.FormDefinition;
import org.childjourney.tasks.Tasks;
import org.childjourney.forms.RefusedException.Reason;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tasks through the engine, always as the signed-in person (the engine's authorizations apply, as in Tasklist), and
 * with every refusal turned into the rule's own message instead of the engine's wrapping of it.
 */
@Component
public class EngineTasks implements Tasks {

    private final ProcessEngine engine;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final FormDefinition.Conditions conditions;

    public EngineTasks(@Lazy ProcessEngine engine, PlatformTransactionManager transactions, Clock clock, FormDefinition.Conditions conditions) {
        this.engine = engine;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.conditions = conditions;
    }

    @Override
    public Optional<TaskView> open(Viewer viewer, String taskId) {
        return as(viewer, () -> {
            Task task = visibleTask(taskId);
            if (task == null) {
                return Optional.empty();
            }
            boolean overdue = overdue(task);
            String form = form(task).map(f -> f.forTask(overdue).json()).orElse(null);
            return Optional.of(new TaskView(task.getId(), task.getName(), text(variable(task, "childId")), text(variable(task, "childName")),
                    engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getName(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(), overdue, task.getAssignee(),
                    viewer.username().equals(task.getAssignee()), task.getAssignee() == null && isCandidate(viewer, task),
                    form, formData(task)));
        });
    }

    @Override
    public void take(Viewer viewer, String taskId) {
        as(viewer, () -> {
            Task task = requireOpen(viewer, taskId);
            if (viewer.username().equals(task.getAssignee())) {
                return null;
            }
            if (task.getAssignee() != null) {
                throw new RefusedException(Reason.CONFLICT, "'" + task.getName() + "' is already with " + task.getAssignee()
                        + ". Ask them, or their manager, to pass it on.");
            }
            if (!isCandidate(viewer, task)) {
                throw new RefusedException(Reason.NOT_ALLOWED, "'" + task.getName() + "' is not waiting for you or your team, so you cannot take it.");
            }
            return inTransaction(() -> {
                engine.getTaskService().claim(taskId, viewer.username());
                return null;
            });
        });
    }

    @Override
    public Completed complete(Viewer viewer, String taskId, Map<String, Object> values) {
        return as(viewer, () -> {
            Task task = requireOpen(viewer, taskId);
            if (task.getAssignee() != null && !viewer.username().equals(task.getAssignee())) {
                throw new RefusedException(Reason.CONFLICT, "'" + task.getName() + "' is with " + task.getAssignee()
                        + ", so only they can complete it. Ask them, or their manager, to pass it on.");
            }
            if (task.getAssignee() == null && !isCandidate(viewer, task)) {
                throw new RefusedException(Reason.NOT_ALLOWED, "'" + task.getName() + "' is not waiting for you or your team, so you cannot complete it.");
            }
            boolean overdue = overdue(task);
            Optional<FormDefinition> form = form(task).map(f -> f.forTask(overdue));
            if (form.isPresent()) {
                List<FormDefinition.FieldError> problems = form.get().problems(values, formData(task), conditions);
                if (!problems.isEmpty()) {
                    throw new RefusedException(Reason.INVALID, "'" + task.getName() + "' was not completed: correct the form and try again.", problems);
                }
            }
            String childId = text(variable(task, "childId"));
            return inTransaction(() -> {
                if (task.getAssignee() == null) {
                    engine.getTaskService().claim(taskId, viewer.username());
                }
                engine.getTaskService().complete(taskId, new LinkedHashMap<>(values));
                return new Completed(taskId, task.getName(), childId);
            });
        });
    }

    private Task visibleTask(String taskId) {
        return engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    }

    /** The open task; if it was completed already, says so and by whom (to those who could see it), so nobody does it twice. */
    private Task requireOpen(Viewer viewer, String taskId) {
        Task task = visibleTask(taskId);
        if (task != null) {
            return task;
        }
        // History is read by the product itself: whether the person may hear about it is decided just below.
        HistoricTaskInstance done = withoutAuthorization(
                () -> engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult());
        if (done != null && withoutAuthorization(() -> couldHaveSeen(viewer, done))) {
            throw new RefusedException(Reason.CONFLICT, "'" + done.getName() + "' was already completed"
                    + (done.getAssignee() == null ? "" : " by " + done.getAssignee()) + " on " + Moments.dayAndTime(done.getEndTime().toInstant())
                    + ". Nothing was changed.");
        }
        throw new RefusedException(Reason.NOT_FOUND, "There is no open task " + taskId + " that you may see.");
    }

    private boolean couldHaveSeen(Viewer viewer, HistoricTaskInstance done) {
        if (viewer.username().equals(done.getAssignee()) || viewer.seesEveryChild()) {
            return true;
        }
        return engine.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(done.getId()).list().stream()
                .map(HistoricIdentityLinkLog::getGroupId).anyMatch(group -> group != null && viewer.groups().contains(group));
    }

    private boolean isCandidate(Viewer viewer, Task task) {
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (viewer.username().equals(link.getUserId()) || (link.getGroupId() != null && viewer.groups().contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }

    private boolean overdue(Task task) {
        return task.getDueDate() != null && clock.instant().isAfter(task.getDueDate().toInstant());
    }

    private Optional<FormDefinition> form(Task task) {
        try (InputStream in = engine.getFormService().getDeployedTaskForm(task.getId())) {
            return Optional.of(FormDefinition.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (org.camunda.bpm.engine.BadUserRequestException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the form of task " + task.getId(), e);
        }
    }

    /** What the form may show: the task's variables that are plain values (text, numbers, yes/no, dates as ISO text). */
    private Map<String, Object> formData(Task task) {
        Map<String, Object> data = new LinkedHashMap<>();
        engine.getTaskService().getVariables(task.getId()).forEach((name, value) -> {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                data.put(name, value);
            } else if (value instanceof Date date) {
                data.put(name, date.toInstant().toString());
            }
        });
        return data;
    }

    private Object variable(Task task, String name) {
        return engine.getTaskService().getVariable(task.getId(), name);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private <T> T inTransaction(Supplier<T> work) {
        try {
            return transaction.execute(status -> work.get());
        } catch (RuntimeException e) {
            throw Refusals.from(e);
        }
    }

    private <T> T withoutAuthorization(Supplier<T> work) {
        var signedIn = engine.getIdentityService().getCurrentAuthentication();
        engine.getIdentityService().clearAuthentication();
        try {
            return work.get();
        } finally {
            engine.getIdentityService().setAuthentication(signedIn);
        }
    }

    private <T> T as(Viewer viewer, Supplier<T> work) {
        engine.getIdentityService().setAuthentication(viewer.username(), List.copyOf(viewer.groups()));
        try {
            return work.get();
        } catch (AuthorizationException e) {
            throw Refusals.from(e);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
