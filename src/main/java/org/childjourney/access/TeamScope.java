package org.childjourney.access;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Whose figures and journey map a person may see: a head of service or administrator every team's; a team manager the
 * teams they manage (their {@code <team>-managers} groups); anyone else nothing (practitioners are refused: these are
 * management views, and a practitioner's own work is on My work).
 */
public record TeamScope(boolean everyTeam, Set<String> teams) {

    private static final String MANAGERS = "-managers";

    public static Optional<TeamScope> of(Viewer viewer) {
        if (viewer.seesEveryChild()) {
            return Optional.of(new TeamScope(true, Set.of()));
        }
        Set<String> managed = viewer.groups().stream().filter(g -> g.endsWith(MANAGERS) && g.length() > MANAGERS.length())
                .map(g -> g.substring(0, g.length() - MANAGERS.length()))
                .collect(Collectors.toCollection(TreeSet::new));
        return managed.isEmpty() ? Optional.empty() : Optional.of(new TeamScope(false, Set.copyOf(managed)));
    }

    /** The person's scope narrowed to {@code team} (all of it when blank), or refused. */
    public static TeamScope required(Viewer viewer, String team) {
        TeamScope scope = of(viewer).orElseThrow(() -> new NotAllowedException("This view is for team managers and heads of service"));
        return scope.narrowTo(team).orElseThrow(() -> new NotAllowedException("You may see only the teams you manage"));
    }

    public boolean covers(String team) {
        return everyTeam || (team != null && teams.contains(team));
    }

    /** The scope narrowed to one team the person may see; empty if they may not see it. {@code null} keeps the whole scope. */
    public Optional<TeamScope> narrowTo(String team) {
        if (team == null || team.isBlank()) {
            return Optional.of(this);
        }
        return covers(team) ? Optional.of(new TeamScope(false, Set.of(team))) : Optional.empty();
    }
}
