package org.childjourney.chronology;

import java.time.Instant;

/**
 * One line of the child's story: what happened or was decided, who did it, when, and why.
 * {@code processInstanceId} and {@code activityId} point back to the step of the journey it came from.
 */
public record ChronologyEntry(Long id, String childId, Instant occurredAt, EntryType type, String what, String why,
                              String who, String processInstanceId, String activityId) {

    public enum EntryType { CONTACT, DECISION, LATE_COMPLETION, ESCALATION, HAND_OFF, OUTCOME, ALLOCATION, HANDOVER, MISSING }

    public static ChronologyEntry of(String childId, Instant occurredAt, EntryType type, String what, String why, String who) {
        return new ChronologyEntry(null, childId, occurredAt, type, what, why, who, null, null);
    }

    public ChronologyEntry from(String processInstanceId, String activityId) {
        return new ChronologyEntry(id, childId, occurredAt, type, what, why, who, processInstanceId, activityId);
    }
}
