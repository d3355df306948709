package org.childjourney.frontdoor;

/** The same contact was already recorded (a second submission of one form, say); nothing new was saved. */
public class DuplicateContactException extends RuntimeException {

    private final long existingContactId;

    public DuplicateContactException(long existingContactId, String message) {
        super(message);
        this.existingContactId = existingContactId;
    }

    public long existingContactId() {
        return existingContactId;
    }
}
