package org.childjourney.workforce;

/**
 * A member of staff, with what the allocation rules need: role, team, Social Work England registration
 * and capacity (the number of children they can hold).
 */
public record Worker(String username, String fullName, Role role, String teamCode,
                     RegistrationStatus registrationStatus, String sweRegistration, int capacity, boolean active) {

    /** Only a registered social worker may hold statutory work (assessment, child in need, child protection). */
    public boolean isRegisteredSocialWorker() {
        return registrationStatus == RegistrationStatus.REGISTERED && sweRegistration != null && !sweRegistration.isBlank();
    }
}
