package org.childjourney.frontdoor;

import org.childjourney.access.Viewer;
import org.childjourney.child.Child;

import java.util.Map;
import java.util.Optional;

/** Recording a contact through the front door's start form, as the signed-in person (who must be allowed to start it). */
public interface ContactIntake {

    /** The start form (form-js schema) and what it starts with: the picked child's details, if one was picked. */
    record StartForm(String form, Map<String, Object> data, String knownChildId) {
    }

    record Recorded(String childId, String childName, boolean childAlreadyKnown, boolean reReferral, String next) {
    }

    StartForm form(Optional<Child> knownChild);

    /** Starts the front door; all or nothing. {@code knownChildId}: the child picked from the possible matches, if any. */
    Recorded record(Viewer viewer, Map<String, Object> values, String knownChildId);
}
