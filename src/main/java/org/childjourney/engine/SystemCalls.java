package org.childjourney.engine;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import java.util.concurrent.Callable;

/**
 * What the product does on its own behalf inside a step (start the escalation watch, start the next stage, tell the
 * referrer) must not depend on the signed-in person's authorizations: the person completing a MASH decision may not
 * start an assessment themselves, but their decision must.
 */
public final class SystemCalls {

    private SystemCalls() {
    }

    public static <T> T asSystem(Callable<T> work) {
        CommandContext context = Context.getCommandContext();
        try {
            return context == null ? work.call() : context.runWithoutAuthorization(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
