package org.childjourney.access;

import java.util.Set;

/** The signed-in person asking to see a child: their username, team and groups (team codes, <team>-managers, ...). */
public record Viewer(String username, String team, Set<String> groups) {

    public static final String HEADS_OF_SERVICE = "heads-of-service";
    public static final String ADMINISTRATORS = "camunda-admin";

    public boolean seesEveryChild() {
        return groups.contains(HEADS_OF_SERVICE) || groups.contains(ADMINISTRATORS);
    }

    public boolean managesTeam(String teamCode) {
        return groups.contains(teamCode + "-managers");
    }

    public boolean isAdministrator() {
        return groups.contains(ADMINISTRATORS);
    }
}
