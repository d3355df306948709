package org.childjourney.frontdoor;

import org.childjourney.child.Episodes;

import java.util.Optional;

/** The decisions the front door can reach, by the values the forms and the threshold table use. */
public enum FrontDoorOutcome {
    NFA("nfa", "No further action", null),
    INFORMATION_ADVICE("information-advice", "Information and advice", null),
    EARLY_HELP("early-help", "Step down to early help", Episodes.Kind.EARLY_HELP),
    REFERRAL("referral", "Referral to children's social care for assessment", Episodes.Kind.SOCIAL_CARE),
    STRATEGY_DISCUSSION("strategy-discussion", "Strategy discussion", Episodes.Kind.SOCIAL_CARE);

    private final String code;
    private final String words;
    private final Episodes.Kind opensEpisode;

    FrontDoorOutcome(String code, String words, Episodes.Kind opensEpisode) {
        this.code = code;
        this.words = words;
        this.opensEpisode = opensEpisode;
    }

    public String code() {
        return code;
    }

    public String words() {
        return words;
    }

    public Optional<Episodes.Kind> opensEpisode() {
        return Optional.ofNullable(opensEpisode);
    }

    public static FrontDoorOutcome fromCode(String code) {
        for (FrontDoorOutcome o : values()) {
            if (o.code.equals(code)) {
                return o;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a front door decision: expected one of nfa, information-advice, early-help, referral, strategy-discussion");
    }

    /** The words for a decision code, for chronology lines and forms; the code itself if it is not one. */
    public static String wordsFor(String code) {
        for (FrontDoorOutcome o : values()) {
            if (o.code.equals(code)) {
                return o.words;
            }
        }
        return code;
    }
}
