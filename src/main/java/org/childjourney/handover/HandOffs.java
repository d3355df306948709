package org.childjourney.handover;

import org.childjourney.allocation.Allocations;
import org.childjourney.chronology.Chronology;
import org.childjourney.chronology.ChronologyEntry;
import org.childjourney.chronology.ChronologyEntry.EntryType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * A child handed from one team to the next stage. The sending team keeps holding the case until the receiving team's
 * named worker records the handover, so no child is between teams with nobody responsible.
 */
@Service
public class HandOffs {

    private final JdbcClient db;
    private final Allocations allocations;
    private final Chronology chronology;

    public HandOffs(JdbcClient db, Allocations allocations, Chronology chronology) {
        this.db = db;
        this.allocations = allocations;
        this.chronology = chronology;
    }

    public void record(String childId, Long contactId, Long episodeId, String fromTeam, String toTeam, String stage, String what,
                       Instant at, String who, String processInstanceId) {
        if (toTeam == null || toTeam.isBlank()) {
            throw new IllegalStateException("The hand-off for '" + what + "' names no receiving team: set handOffTo on the end event");
        }
        db.sql("insert into hand_off (child_id, contact_id, episode_id, from_team, to_team, stage, handed_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(childId, contactId, episodeId, fromTeam, toTeam, stage, Timestamp.from(at)).update();
        allocations.holdAtTeam(childId, fromTeam, at, "Holds the case until the handover to " + toTeam + " is recorded");
        chronology.record(ChronologyEntry.of(childId, at, EntryType.HAND_OFF, what + ": handed from " + fromTeam + " to " + toTeam, null, who)
                .from(processInstanceId, null));
    }
}
