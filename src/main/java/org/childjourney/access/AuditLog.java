package org.childjourney.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The record of who looked at which child's record, when and from where, including refused attempts. */
@Service
public class AuditLog {

    public record Event(long id, Instant occurredAt, String username, String childId, String action, String outcome, String path,
                        String remoteAddress) {
    }

    private final JdbcClient db;

    public AuditLog(JdbcClient db) {
        this.db = db;
    }

    /** Written in its own transaction, so a view that fails afterwards is still on the record. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Instant at, String username, String childId, String action, String outcome, String path, String remoteAddress) {
        db.sql("insert into audit_event (occurred_at, username, child_id, action, outcome, path, remote_address) values (?, ?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(at), username, childId, action, outcome, path, remoteAddress).update();
    }

    public List<Event> forChild(String childId) {
        return db.sql("select * from audit_event where child_id = ? order by occurred_at desc, id desc").param(childId).query(this::event).list();
    }

    public List<Event> recent(int limit) {
        return db.sql("select * from audit_event order by occurred_at desc, id desc limit ?").param(limit).query(this::event).list();
    }

    private Event event(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Event(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"), rs.getString("child_id"),
                rs.getString("action"), rs.getString("outcome"), rs.getString("path"), rs.getString("remote_address"));
    }
}
