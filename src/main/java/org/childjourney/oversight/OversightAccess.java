package org.childjourney.oversight;

import org.childjourney.access.TeamScope;
import org.childjourney.access.Viewer;
import org.childjourney.workforce.Team;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/**
 * Who sees which teams on the oversight board and the caseloads: heads of service and administrators every team, a
 * team manager the teams they manage (groups {@code <team>-managers}). Anyone else (practitioners: they have My work)
 * is refused, and so is a manager asking for a team that is not theirs.
 */
public final class OversightAccess {

    private OversightAccess() {
    }

    /** The teams of {@link TeamScope}, the one rule for every management view (board, caseloads, map, figures). */
    public static List<Team> teamsFor(Viewer viewer, List<Team> all) {
        return TeamScope.of(viewer).map(scope -> all.stream().filter(t -> scope.covers(t.code())).toList()).orElse(List.of());
    }

    public static boolean mayOversee(Viewer viewer, List<Team> all) {
        return !teamsFor(viewer, all).isEmpty();
    }

    /** The teams to show: the one asked for, if the viewer may see it, or all of theirs; refused with 403 otherwise. */
    public static List<Team> chosen(Viewer viewer, List<Team> all, String team) {
        List<Team> theirs = teamsFor(viewer, all);
        if (theirs.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The oversight board and caseloads are for team managers and heads of service");
        }
        if (team == null || team.isBlank()) {
            return theirs;
        }
        return theirs.stream().filter(t -> t.code().equals(team)).findFirst().map(List::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "You do not manage the team '" + team + "'"));
    }
}
