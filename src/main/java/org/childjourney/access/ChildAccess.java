package org.childjourney.access;

import org.childjourney.allocation.Allocations.Allocation;

import java.util.List;

/**
 * Who may open a child's record: a head of service or administrator, anyone the child is allocated to, the team
 * holding the child (a practitioner sees their team's queue), and the managers of that team. A child whose contact
 * is still at the front door is held by the MASH.
 */
public final class ChildAccess {

    private ChildAccess() {
    }

    public static boolean mayView(Viewer viewer, List<Allocation> current, boolean openAtFrontDoor) {
        if (viewer.seesEveryChild()) {
            return true;
        }
        if (openAtFrontDoor && (viewer.groups().contains("mash") || viewer.managesTeam("mash"))) {
            return true;
        }
        for (Allocation allocation : current) {
            if (viewer.username().equals(allocation.workerUsername())
                    || allocation.teamCode().equals(viewer.team())
                    || viewer.managesTeam(allocation.teamCode())) {
                return true;
            }
        }
        return false;
    }
}
