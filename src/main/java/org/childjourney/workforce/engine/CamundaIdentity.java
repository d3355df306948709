package org.childjourney.workforce.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.childjourney.workforce.Role;
import org.childjourney.workforce.Team;
import org.childjourney.workforce.Worker;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Mirrors the workforce into the engine's identity service, so Tasklist offers each task to the right people:
 * a group per team (its code), a managers group per team ({@code <code>-managers}), and groups for heads of service,
 * service designers and administrators ({@code camunda-admin}, which opens Cockpit and Admin).
 */
@Component
public class CamundaIdentity {

    public static final String HEADS_OF_SERVICE = "heads-of-service";
    public static final String SERVICE_DESIGNERS = "service-designers";
    public static final String ADMINISTRATORS = "camunda-admin";
    public static final String MONITORING = "monitoring";

    private final IdentityService identity;
    private final CamundaAuthorizations authorizations;

    public CamundaIdentity(IdentityService identity, CamundaAuthorizations authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    public void provision(List<Team> teams, List<Worker> workers, String password) {
        for (Team team : teams) {
            group(team.code(), team.name());
            group(team.code() + "-managers", team.name() + ": managers");
        }
        group(HEADS_OF_SERVICE, "Heads of service");
        group(SERVICE_DESIGNERS, "Service designers");
        group(ADMINISTRATORS, "Administrators");
        group(MONITORING, "Monitoring (metrics scrape)");
        for (Worker worker : workers) {
            user(worker, password);
            if (worker.teamCode() != null) {
                member(worker.username(), worker.teamCode());
            }
            switch (worker.role()) {
                case HEAD_OF_SERVICE -> member(worker.username(), HEADS_OF_SERVICE);
                case SERVICE_DESIGNER -> member(worker.username(), SERVICE_DESIGNERS);
                case ADMINISTRATOR -> member(worker.username(), ADMINISTRATORS);
                case MONITORING -> member(worker.username(), MONITORING);
                default -> {
                }
            }
        }
        for (Team team : teams) {
            if (team.managerUsername() != null) {
                member(team.managerUsername(), team.code() + "-managers");
            }
        }
        workers.stream().filter(w -> w.role() == Role.HEAD_OF_SERVICE)
                .forEach(w -> teams.forEach(t -> member(w.username(), t.code() + "-managers")));
        authorizations.grant(teams);
        workers.forEach(w -> authorizations.grantOwnProfile(w.username()));
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(ADMINISTRATORS.equals(id) ? "SYSTEM" : "WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void user(Worker worker, String password) {
        if (identity.createUserQuery().userId(worker.username()).count() > 0) {
            return;
        }
        User user = identity.newUser(worker.username());
        int space = worker.fullName().indexOf(' ');
        user.setFirstName(space < 0 ? worker.fullName() : worker.fullName().substring(0, space));
        user.setLastName(space < 0 ? "" : worker.fullName().substring(space + 1));
        user.setEmail(worker.username() + "@example.invalid");
        user.setPassword(password);
        identity.saveUser(user);
    }

    private void member(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }
}
