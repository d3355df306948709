package org.childjourney.oversight;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether the signed-in person oversees teams (a team manager, head of service or administrator), so
 * the navigation and My work link to the oversight board and caseloads for them only. Read from the sign-in's groups.
 */
@ControllerAdvice
public class OversightNavigation {

    @ModelAttribute("oversees")
    public boolean addOversees(Authentication signedIn) {
        return oversees(signedIn);
    }

    public static boolean oversees(Authentication signedIn) {
        if (signedIn == null || !signedIn.isAuthenticated()) {
            return false;
        }
        return signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("GROUP_heads-of-service") || a.equals("GROUP_camunda-admin") || (a.startsWith("GROUP_") && a.endsWith("-managers")));
    }
}
