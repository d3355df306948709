package org.childjourney.demo;

import org.childjourney.workforce.RegistrationStatus;
import org.childjourney.workforce.Role;
import org.childjourney.workforce.TeamKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/** The fictional council of the demo profile (application-demo.yaml). */
@ConfigurationProperties("childjourney.demo")
public record DemoProperties(String password, List<DemoTeam> teams, List<DemoWorker> workers, List<DemoChild> children) {

    public record DemoTeam(String code, String name, TeamKind kind, String manager) {
    }

    public record DemoWorker(String username, String fullName, Role role, String team, RegistrationStatus registrationStatus,
                             String sweRegistration, int capacity) {
    }

    /** A child known from an earlier episode, closed {@code closedMonthsAgo} months ago, to show re-referrals. */
    public record DemoChild(String firstName, String lastName, java.time.LocalDate dateOfBirth, String sex, String ethnicity,
                            String disability, int closedMonthsAgo, String closureReason) {
    }
}
