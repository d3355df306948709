package org.childjourney.allocation;

import org.childjourney.workforce.Role;
import org.childjourney.workforce.Worker;

import java.util.Optional;

/**
 * Who may hold a child's work. The rules the seeds showed broken: students and staff awaiting registration holding
 * statutory cases, cases "allocated" to other teams, workers far over capacity.
 */
public final class AllocationRules {

    private AllocationRules() {
    }

    /**
     * Why {@code worker} may not take {@code work} for a child held by {@code holdingTeam}; empty if they may.
     * A team manager may hold work, but only temporarily (see {@link #isManagerHold}).
     */
    public static Optional<String> refusal(Worker worker, String holdingTeam, String work, boolean statutory,
                                           int caseload, boolean capacityOverridden) {
        String who = worker.fullName() + " (" + worker.username() + ")";
        if (!worker.active()) {
            return Optional.of("Allocation refused: " + who + " has left the service. Choose a current member of the team.");
        }
        if (holdingTeam != null && !holdingTeam.equals(worker.teamCode())) {
            return Optional.of("Allocation refused: " + who + " is not in the team holding this child's case (" + holdingTeam
                    + "). Work is allocated within the holding team; a move to another team is a handover.");
        }
        if (statutory && !worker.isRegisteredSocialWorker()) {
            return Optional.of("Allocation refused: statutory work ('" + work + "') can only be held by a registered social worker. "
                    + who + " is " + notRegisteredBecause(worker) + ".");
        }
        if (worker.role() != Role.TEAM_MANAGER && caseload >= worker.capacity() && !capacityOverridden) {
            return Optional.of("Allocation refused: " + who + " already holds " + caseload + " children's cases against a capacity of "
                    + worker.capacity() + ". A manager can allocate above capacity by recording why (capacity override).");
        }
        return Optional.empty();
    }

    /** A case allocated to a team manager is held by the manager: allowed, but flagged, counted and escalated if it lasts. */
    public static boolean isManagerHold(Worker worker) {
        return worker.role() == Role.TEAM_MANAGER || worker.role() == Role.HEAD_OF_SERVICE;
    }

    private static String notRegisteredBecause(Worker worker) {
        return switch (worker.registrationStatus()) {
            case AWAITING_REGISTRATION -> "awaiting Social Work England registration";
            case NOT_REQUIRED -> worker.role() == Role.SOCIAL_WORK_STUDENT
                    ? "a social work student: students may assist, but not hold statutory cases"
                    : "a " + worker.role().name().toLowerCase().replace('_', ' ') + ", not a registered social worker";
            case REGISTERED -> "recorded as registered but without a Social Work England registration number";
        };
    }
}
