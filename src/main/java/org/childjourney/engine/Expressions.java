package org.childjourney.engine;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;

/** Evaluates the expressions designers write in extension properties, against the task's or execution's variables. */
public final class Expressions {

    private Expressions() {
    }

    static Object evaluate(String text, VariableScope scope) {
        return Context.getProcessEngineConfiguration().getExpressionManager().createExpression(text).getValue(scope);
    }

    public static String text(String template, VariableScope scope) {
        if (template == null || template.isBlank()) {
            return null;
        }
        Object value = evaluate(template, scope);
        return value == null ? null : value.toString();
    }

    /** Who is acting: the signed-in user of Tasklist or the REST API, else the task's assignee, else the system itself. */
    public static String actor(String fallback) {
        String user = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
        if (user != null) {
            return user;
        }
        return fallback != null ? fallback : "system";
    }
}
