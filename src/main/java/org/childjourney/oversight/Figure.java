package org.childjourney.oversight;

import java.util.Arrays;
import java.util.Optional;

/** The figures on the oversight board, each with the address of the list of children behind it and its one definition. */
public enum Figure {
    OVERDUE("overdue", "Overdue work",
            "Children with open work past its statutory deadline (the task's due date, set from the timescale named in the model). "
                    + "Overdue by: working days after the day the work was due, up to today (England working days: no weekends or bank holidays)."),
    DUE_SOON("due-soon", "Due soon",
            "Children with open work not yet overdue and due by the end of the %2$dth working day after today."),
    STUCK("stuck", "Stuck",
            "Children with an open case (held by or being handed to the team, or at the front door) and no progress for %1$d working days or more: "
                    + "nothing recorded on their chronology (a decision, a completed task, an allocation, a handover, a contact), "
                    + "other than escalations, since the day shown. A child with nothing recorded counts from when the case was opened."),
    UNALLOCATED("unallocated", "Unallocated",
            "Children handed to the team with no named worker yet (an open 'Allocate a named worker' task), and children the team holds "
                    + "only as a team with no allocation under way. Waiting for: working days since the handover (or since the team took the case)."),
    MANAGER_HELD("manager-held", "Held by managers",
            "Children whose case is allocated to a team manager or head of service instead of a worker. Held for: working days since "
                    + "the manager took it."),
    ESCALATIONS("escalations", "Open escalations",
            "Children with an overdue work escalation raised and not yet reviewed (an open 'Review overdue work' task for the team manager "
                    + "or head of service). Open for: working days since it was raised.");

    private final String slug;
    private final String title;
    private final String definition;

    Figure(String slug, String title, String definition) {
        this.slug = slug;
        this.title = title;
        this.definition = definition;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The definition as the page states it, with the configured numbers of working days filled in. */
    public String definition(OversightSettings settings) {
        return String.format(definition, settings.stuckAfterWorkingDays(), settings.dueSoonWorkingDays());
    }

    /** The heading of the list's "since" column. */
    public String sinceHeading() {
        return switch (this) {
            case OVERDUE, DUE_SOON -> "Due";
            case STUCK -> "Last progress";
            case UNALLOCATED -> "Waiting since";
            case MANAGER_HELD -> "Held since";
            case ESCALATIONS -> "Raised";
        };
    }

    /** The heading of the list's working days column. */
    public String daysHeading() {
        return switch (this) {
            case OVERDUE -> "Overdue by (working days)";
            case DUE_SOON -> "Due in (working days)";
            case STUCK -> "No progress for (working days)";
            case UNALLOCATED -> "Waiting for (working days)";
            case MANAGER_HELD -> "Held for (working days)";
            case ESCALATIONS -> "Open for (working days)";
        };
    }

    public boolean hasClock() {
        return this == OVERDUE || this == DUE_SOON || this == ESCALATIONS;
    }

    public static Optional<Figure> bySlug(String slug) {
        return Arrays.stream(values()).filter(f -> f.slug.equals(slug)).findFirst();
    }
}
