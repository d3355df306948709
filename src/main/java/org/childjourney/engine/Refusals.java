package org.childjourney.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.childjourney.forms.RefusedException;
import org.childjourney.forms.RefusedException.Reason;

/**
 * Turns what the engine threw into what a person can act on. The engine wraps a listener's exception in its own
 * ("ENGINE-03051 There was an exception while invoking the TaskListener..."); our own exceptions are written for
 * people, so the first of them in the chain is the message to show.
 */
public final class Refusals {

    private Refusals() {
    }

    public static RuntimeException from(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedException refused) {
                return refused;
            }
            if (cause instanceof AuthorizationException) {
                return new RefusedException(Reason.NOT_ALLOWED, "You are not allowed to do this: it is not your or your team's work.");
            }
            if (cause instanceof TaskAlreadyClaimedException) {
                return new RefusedException(Reason.CONFLICT, "Someone else took this task a moment ago. Nothing was changed.");
            }
            if (cause instanceof OptimisticLockingException) {
                return new RefusedException(Reason.CONFLICT, "Someone else changed this at the same moment. Nothing was changed: reload the page and check.");
            }
            if (cause.getClass().getName().startsWith("org.childjourney.") && cause.getMessage() != null) {
                return new RefusedException(Reason.INVALID, cause.getMessage());
            }
        }
        return e;
    }
}
