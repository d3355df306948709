package org.childjourney.child;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Episodes of involvement: children's social care (referral to closure, as the CIN census counts it) and early help. */
@Service
public class Episodes {

    public enum Kind { SOCIAL_CARE, EARLY_HELP }

    public record Episode(long id, String childId, Kind kind, Instant startedAt, Instant endedAt, String endReason) {
    }

    private final JdbcClient db;

    public Episodes(JdbcClient db) {
        this.db = db;
    }

    public long open(String childId, Kind kind, Instant startedAt, Long contactId) {
        KeyHolder keys = new GeneratedKeyHolder();
        db.sql("insert into episode (child_id, kind, started_at, contact_id) values (?, ?, ?, ?)")
                .params(childId, kind.name(), Timestamp.from(startedAt), contactId)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public void close(long episodeId, Instant endedAt, String reason) {
        db.sql("update episode set ended_at = ?, end_reason = ? where id = ?").params(Timestamp.from(endedAt), reason, episodeId).update();
    }

    /** The latest episode of the child that ended within {@code window} before {@code at}: a new contact then is a re-referral. */
    public Optional<Episode> endedWithin(String childId, Instant at, Period window) {
        Instant since = at.atZone(ZoneId.of("Europe/London")).minus(window).toInstant();
        return db.sql("select * from episode where child_id = ? and ended_at is not null and ended_at >= ? and ended_at <= ? order by ended_at desc")
                .params(childId, Timestamp.from(since), Timestamp.from(at))
                .query(Episodes::episode).list().stream().findFirst();
    }

    public Optional<Episode> byId(long id) {
        return db.sql("select * from episode where id = ?").param(id).query(Episodes::episode).optional();
    }

    public List<Episode> of(String childId) {
        return db.sql("select * from episode where child_id = ? order by started_at").param(childId).query(Episodes::episode).list();
    }

    private static Episode episode(ResultSet rs, int row) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Episode(rs.getLong("id"), rs.getString("child_id"), Kind.valueOf(rs.getString("kind")),
                rs.getTimestamp("started_at").toInstant(), ended == null ? null : ended.toInstant(), rs.getString("end_reason"));
    }
}
