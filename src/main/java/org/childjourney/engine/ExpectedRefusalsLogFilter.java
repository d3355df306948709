package org.childjourney.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * The engine logs every exception that ends a command at ERROR with its stack trace ("ENGINE-16004 Exception while
 * closing command context"), including a rule refusing a step: an allocation to a student, a late task without its
 * reason, a duplicate contact. Those are answers to a person, not faults; the API logs each one on a single INFO
 * line ({@code org.childjourney.forms.RefusalProblems}). This filter drops the engine's copy, and only that.
 */
public class ExpectedRefusalsLogFilter extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || !logger.getName().startsWith("org.camunda.bpm.engine")) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            thrown = last;
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().startsWith("org.childjourney.")) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }
}
