package org.childjourney.performance;

import org.childjourney.frontdoor.FrontDoorOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The front door figures, from the app's contact table: one row per decided contact (outcome and outcome date), read
 * with one query on the period (index contact_outcome_at, V7). The front door model keeps every contact with the MASH
 * ({@code holdingTeam = mash} in front-door.bpmn), so these items are counted for the MASH.
 */
@Component
public class FrontDoorCounts implements CountedItems {

    public static final String FRONT_DOOR_TEAM = "mash";

    private final JdbcClient db;

    public FrontDoorCounts(JdbcClient db) {
        this.db = db;
    }

    @Override
    public List<Counted> between(Instant from, Instant to) {
        List<Counted> items = new ArrayList<>();
        db.sql("select id, child_id, outcome, outcome_at, re_referral_of_episode from contact "
                        + "where outcome is not null and outcome_at >= ? and outcome_at < ? order by outcome_at, id")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    String childId = rs.getString("child_id");
                    String outcome = rs.getString("outcome");
                    Instant at = rs.getTimestamp("outcome_at").toInstant();
                    boolean referral = "referral".equals(outcome) || "strategy-discussion".equals(outcome);
                    String what = "Contact " + id + ": " + FrontDoorOutcome.wordsFor(outcome);
                    items.add(new Counted(Measure.CONTACTS_TO_REFERRALS, childId, FRONT_DOOR_TEAM, at, referral, what));
                    items.add(new Counted(Measure.NFA_FRONT_DOOR, childId, FRONT_DOOR_TEAM, at, "nfa".equals(outcome), what));
                    if (referral) {
                        rs.getLong("re_referral_of_episode");
                        boolean reReferral = !rs.wasNull();
                        items.add(new Counted(Measure.RE_REFERRALS, childId, FRONT_DOOR_TEAM, at, reReferral,
                                what + (reReferral ? " (re-referral: within 12 months of an earlier episode's end)" : "")));
                    }
                    return id;
                })
                .list();
        return items;
    }
}
