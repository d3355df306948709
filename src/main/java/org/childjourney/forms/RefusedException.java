package org.childjourney.forms;

import java.util.List;

/** A step was refused: what it needs, in words a person can act on, and field by field where a form was wrong. Nothing was saved. */
public class RefusedException extends RuntimeException {
    private final Reason reason;
    private final List<FormDefinition.FieldError> fieldErrors;

    public enum Reason { NOT_FOUND, NOT_ALLOWED, CONFLICT, INVALID }

    public RefusedException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    public RefusedException(Reason reason, String message, List<FormDefinition.FieldError> fieldErrors) {
        super(message);
        this.reason = reason;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public Reason reason() {
        return reason;
    }

    public List<FormDefinition.FieldError> fieldErrors() {
        return fieldErrors;
    }
}
