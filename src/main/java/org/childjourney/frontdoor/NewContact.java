package org.childjourney.frontdoor;

import org.childjourney.census.CensusCodes;
import org.childjourney.child.ChildIdentity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A contact as a contact officer records it. Codes are the CIN census's where the census has them. */
public record NewContact(ContactKind kind, Instant receivedAt, ChildIdentity child, String referralSource,
                         boolean referrerAnonymous, String referrerName, String referrerOrganisation,
                         String referrerContactDetails, String concerns, String consent, String urgency, String daRiskLevel) {

    public static final Set<String> CONSENT = Set.of("yes", "no", "not-sought");
    public static final Set<String> URGENCY = Set.of("red", "amber", "green");
    public static final Set<String> DA_RISK_LEVELS = Set.of("standard", "medium", "high");
    /** Police DASH "standard" risk: what the front door counts as a low-level domestic abuse notification. */
    public static final String LOW_LEVEL_DA_RISK = "standard";

    public List<String> problems(Instant now, LocalDate today) {
        List<String> problems = new ArrayList<>(child.problems(today));
        if (!CensusCodes.isValid(CensusCodes.REFERRAL_SOURCE, referralSource)) {
            problems.add("Choose the referral source from the census list (got '" + referralSource + "')");
        }
        if (concerns == null || concerns.isBlank()) {
            problems.add("Describe the concerns about the child");
        }
        if (!CONSENT.contains(consent)) {
            problems.add("Record whether the family consents (yes, no, or not sought because it could put the child at risk)");
        }
        if (!URGENCY.contains(urgency)) {
            problems.add("Give the contact a RAG rating: red, amber or green");
        }
        if (kind == ContactKind.POLICE_DOMESTIC_ABUSE && !DA_RISK_LEVELS.contains(daRiskLevel)) {
            problems.add("A police domestic abuse notification needs the DASH risk level: standard, medium or high");
        }
        if (!referrerAnonymous && isBlank(referrerName) && isBlank(referrerOrganisation)) {
            problems.add("Enter who made the contact (name or organisation), or tick that the referrer wants to stay anonymous");
        }
        if (receivedAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            problems.add("The time the contact was received is in the future: check it");
        }
        return problems;
    }

    boolean isLowLevelDomesticAbuse() {
        return kind == ContactKind.POLICE_DOMESTIC_ABUSE && LOW_LEVEL_DA_RISK.equals(daRiskLevel);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
