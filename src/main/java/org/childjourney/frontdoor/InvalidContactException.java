package org.childjourney.frontdoor;

import java.util.List;

/** A contact that cannot be recorded as given; nothing was saved. */
public class InvalidContactException extends RuntimeException {

    private final List<String> problems;

    public InvalidContactException(List<String> problems) {
        super("The contact was not recorded. Please correct: " + String.join("; ", problems) + ".");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
