package org.childjourney.workforce;

/** Job roles, as councils name them. Whether someone may hold statutory work depends on registration, not on the role alone. */
public enum Role {
    SOCIAL_WORKER, SENIOR_PRACTITIONER, FAMILY_SUPPORT_WORKER, SOCIAL_WORK_STUDENT, CONTACT_OFFICER,
    TEAM_MANAGER, HEAD_OF_SERVICE, CP_CHAIR, SERVICE_DESIGNER, ADMINISTRATOR,
    /** Not a person working cases: the sign-in a council's monitoring uses to scrape the metrics (group "monitoring"). */
    MONITORING
}
