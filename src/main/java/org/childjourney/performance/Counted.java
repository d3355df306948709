package org.childjourney.performance;

import java.time.Instant;

/**
 * One item counted in a figure's denominator: a contact, a task, a stage or a plan, about one child, dated by the event
 * that completes it. {@code meets} says whether it is also in the numerator. {@code team} is the team it is counted for.
 */
public record Counted(Measure measure, String childId, String team, Instant at, boolean meets, String what) {
}
