package org.childjourney.engine;

import org.camunda.bpm.engine.ProcessEngineException;

/** A rule stopped a step; the message says what to do. Being a ProcessEngineException, Tasklist and the REST API show it as it is. */
public class WorkRuleException extends ProcessEngineException {

    public WorkRuleException(String message) {
        super(message);
    }
}
