package org.childjourney.allocation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The allocation record: who holds each child's case now, who is receiving it, and who held it before. */
@Service
public class Allocations {

    public enum Status { HOLDING, RECEIVING }

    public record Allocation(long id, String childId, String teamCode, String workerUsername, Status status,
                             boolean managerHeld, Instant startedAt, Instant endedAt, String reason) {
    }

    private final JdbcClient db;

    public Allocations(JdbcClient db) {
        this.db = db;
    }

    /** Children currently held by or being handed to the worker: the caseload counted against their capacity. */
    public int caseload(String username) {
        return db.sql("select count(distinct child_id) from allocation where worker_username = ? and ended_at is null")
                .param(username).query(Integer.class).single();
    }

    /** The worker's caseload not counting {@code childId}: more work for a child they already hold adds nothing. */
    public int caseloadOtherThan(String username, String childId) {
        return db.sql("select count(distinct child_id) from allocation where worker_username = ? and ended_at is null and child_id <> ?")
                .params(username, childId == null ? "" : childId).query(Integer.class).single();
    }

    /** The team holds the case with no named worker yet (a hand-off waiting for the receiving team). */
    public void holdAtTeam(String childId, String teamCode, Instant at, String reason) {
        boolean held = db.sql("select count(*) from allocation where child_id = ? and team_code = ? and ended_at is null")
                .params(childId, teamCode).query(Integer.class).single() > 0;
        if (!held) {
            insert(childId, teamCode, null, Status.HOLDING, false, at, reason);
        }
    }

    /** A named worker of the receiving team takes the case; the sender stays responsible until the handover is recorded. */
    public void receive(String childId, String teamCode, String username, boolean managerHeld, Instant at, String reason) {
        db.sql("update allocation set ended_at = ? where child_id = ? and team_code = ? and status = ? and ended_at is null")
                .params(Timestamp.from(at), childId, teamCode, Status.RECEIVING.name()).update();
        insert(childId, teamCode, username, Status.RECEIVING, managerHeld, at, reason);
    }

    /** The receiving worker recorded the handover: they now hold the case, and every earlier holder is released. */
    public void completeHandover(String childId, String teamCode, String username, Instant at) {
        db.sql("update allocation set ended_at = ? where child_id = ? and status = ? and ended_at is null")
                .params(Timestamp.from(at), childId, Status.HOLDING.name()).update();
        db.sql("update allocation set status = ? where child_id = ? and team_code = ? and worker_username = ? and status = ? and ended_at is null")
                .params(Status.HOLDING.name(), childId, teamCode, username, Status.RECEIVING.name()).update();
    }

    public void endAll(String childId, Instant at) {
        db.sql("update allocation set ended_at = ? where child_id = ? and ended_at is null").params(Timestamp.from(at), childId).update();
    }

    /** The children a worker holds or is receiving now. */
    public List<String> childrenHeldBy(String username) {
        return db.sql("select distinct child_id from allocation where worker_username = ? and ended_at is null order by child_id")
                .param(username).query(String.class).list();
    }

    public List<Allocation> current(String childId) {
        return db.sql("select * from allocation where child_id = ? and ended_at is null order by started_at, id")
                .param(childId).query(Allocations::allocation).list();
    }

    public List<Allocation> history(String childId) {
        return db.sql("select * from allocation where child_id = ? order by started_at, id").param(childId).query(Allocations::allocation).list();
    }

    private void insert(String childId, String teamCode, String username, Status status, boolean managerHeld, Instant at, String reason) {
        db.sql("insert into allocation (child_id, team_code, worker_username, status, manager_held, started_at, reason) values (?, ?, ?, ?, ?, ?, ?)")
                .params(childId, teamCode, username, status.name(), managerHeld, Timestamp.from(at), reason).update();
    }

    private static Allocation allocation(ResultSet rs, int row) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Allocation(rs.getLong("id"), rs.getString("child_id"), rs.getString("team_code"), rs.getString("worker_username"),
                Status.valueOf(rs.getString("status")), rs.getBoolean("manager_held"), rs.getTimestamp("started_at").toInstant(),
                ended == null ? null : ended.toInstant(), rs.getString("reason"));
    }
}
