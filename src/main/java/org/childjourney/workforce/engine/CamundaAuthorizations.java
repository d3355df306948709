package org.childjourney.workforce.engine;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.childjourney.workforce.Team;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * What each group may do in the engine, with authorization checks on. Tasks themselves are visible to their assignee and
 * candidate groups only (the engine's default authorizations), so a MASH officer sees MASH work, not a manager's decision
 * or another team's queue; a head of service sees every task.
 */
@Component
public class CamundaAuthorizations {

    static final List<String> START_FORMS_FOR_EVERYONE = List.of("front-door", "missing-episode");
    static final List<String> START_FORMS_FOR_MANAGERS = List.of("worker-leaving");

    private final AuthorizationService authorizations;

    public CamundaAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public void grant(List<Team> teams) {
        List<String> workingGroups = new ArrayList<>();
        for (Team team : teams) {
            workingGroups.add(team.code());
            workingGroups.add(team.code() + "-managers");
        }
        workingGroups.add(CamundaIdentity.HEADS_OF_SERVICE);
        workingGroups.add(CamundaIdentity.SERVICE_DESIGNERS);
        for (String group : workingGroups) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.FILTER, "*", Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
            grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
            grant(group, Resources.GROUP, group, Permissions.READ);
            grant(group, Resources.USER, "*", Permissions.READ);
            for (String process : START_FORMS_FOR_EVERYONE) {
                grant(group, Resources.PROCESS_DEFINITION, process, Permissions.READ, Permissions.CREATE_INSTANCE);
            }
            if (group.endsWith("-managers") || group.equals(CamundaIdentity.HEADS_OF_SERVICE)) {
                for (String process : START_FORMS_FOR_MANAGERS) {
                    grant(group, Resources.PROCESS_DEFINITION, process, Permissions.READ, Permissions.CREATE_INSTANCE);
                }
            }
        }
        grant(CamundaIdentity.HEADS_OF_SERVICE, Resources.TASK, "*", Permissions.READ);
        grant(CamundaIdentity.HEADS_OF_SERVICE, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(CamundaIdentity.HEADS_OF_SERVICE, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(CamundaIdentity.SERVICE_DESIGNERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        for (Resource model : List.of(Resources.DEPLOYMENT, Resources.PROCESS_DEFINITION, Resources.DECISION_DEFINITION,
                Resources.DECISION_REQUIREMENTS_DEFINITION)) {
            grant(CamundaIdentity.SERVICE_DESIGNERS, model, "*", Permissions.ALL);
        }
        for (Resources resource : Resources.values()) {
            grant(CamundaIdentity.ADMINISTRATORS, resource, "*", Permissions.ALL);
        }
    }

    public void grantOwnProfile(String userId) {
        if (authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.USER).resourceId(userId).count() == 0) {
            Authorization own = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            own.setUserId(userId);
            own.setResource(Resources.USER);
            own.setResourceId(userId);
            own.addPermission(Permissions.READ);
            authorizations.saveAuthorization(own);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        if (authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0) {
            return;
        }
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
