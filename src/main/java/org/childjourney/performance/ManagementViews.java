package org.childjourney.performance;

import org.childjourney.access.TeamScope;
import org.childjourney.childrecord.ChildRecords;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** For the menu: {@code sec:authorize="@managementViews.maySee(authentication)"} shows the journey map and figures to managers and heads. */
@Component("managementViews")
public class ManagementViews {

    private final ChildRecords records;

    public ManagementViews(ChildRecords records) {
        this.records = records;
    }

    public boolean maySee(Authentication signedIn) {
        return signedIn != null && signedIn.isAuthenticated() && TeamScope.of(records.viewer(signedIn)).isPresent();
    }
}
