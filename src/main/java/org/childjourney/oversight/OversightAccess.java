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

    /**
     * The teams to show: the one asked for, if the viewer may see it, or all of theirs. Refused (403, through
     * {@link TeamScope#required}) when the viewer oversees no team or asks for one they do not manage.
     */
    public static List<Team> chosen(Viewer viewer, List<Team> all, String team) {
        TeamScope scope = TeamScope.required(viewer, team);
        List<Team> chosen = all.stream().filter(t -> scope.covers(t.code())).toList();
        if (chosen.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no team '" + team + "'");
        }
        return chosen;
    }
}
