package org.childjourney.chronology;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/** The child's chronology: the app's own record of every decision, kept apart from the engine's history so it outlives any model. */
@Service
public class Chronology {

    private static final int WHAT_LIMIT = 1000;

    private final JdbcClient db;

    public Chronology(JdbcClient db) {
        this.db = db;
    }

    public void record(ChronologyEntry entry) {
        if (entry.childId() == null) {
            throw new IllegalArgumentException("A chronology entry belongs to a child: none was given for '" + entry.what() + "'");
        }
        String what = entry.what().length() > WHAT_LIMIT ? entry.what().substring(0, WHAT_LIMIT - 1) + "…" : entry.what();
        db.sql("""
                        insert into chronology_entry (child_id, occurred_at, entry_type, what, why, who, process_instance_id, activity_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.childId(), Timestamp.from(entry.occurredAt()), entry.type().name(), what, entry.why(),
                        entry.who(), entry.processInstanceId(), entry.activityId())
                .update();
        if (entry.type() != ChronologyEntry.EntryType.ESCALATION) {
            recordProgress(entry.childId(), entry.occurredAt(), what);
        }
    }

    /** Keeps the child's latest progress (any entry but an escalation) for the oversight board's "stuck" figure. */
    private void recordProgress(String childId, java.time.Instant at, String what) {
        int updated = db.sql("update child_progress set last_at = ?, last_what = ? where child_id = ? and last_at <= ?")
                .params(Timestamp.from(at), what, childId, Timestamp.from(at)).update();
        if (updated == 0 && db.sql("select count(*) from child_progress where child_id = ?").param(childId).query(Integer.class).single() == 0) {
            db.sql("insert into child_progress (child_id, last_at, last_what) values (?, ?, ?)").params(childId, Timestamp.from(at), what).update();
        }
    }

    /** The child's story, oldest first. */
    public List<ChronologyEntry> of(String childId) {
        return db.sql("select * from chronology_entry where child_id = ? order by occurred_at, id")
                .param(childId).query(Chronology::entry).list();
    }

    private static ChronologyEntry entry(ResultSet rs, int row) throws SQLException {
        return new ChronologyEntry(rs.getLong("id"), rs.getString("child_id"), rs.getTimestamp("occurred_at").toInstant(),
                ChronologyEntry.EntryType.valueOf(rs.getString("entry_type")), rs.getString("what"), rs.getString("why"),
                rs.getString("who"), rs.getString("process_instance_id"), rs.getString("activity_id"));
    }
}
