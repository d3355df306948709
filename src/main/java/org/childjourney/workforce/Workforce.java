package org.childjourney.workforce;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Teams and workers: the one place the app reads who works where, in what role, registered or not, with what capacity. */
@Service
public class Workforce {

    private final JdbcClient db;

    public Workforce(JdbcClient db) {
        this.db = db;
    }

    public Optional<Team> team(String code) {
        return db.sql("select * from team where code = ?").param(code).query(Workforce::team).optional();
    }

    public List<Team> teams() {
        return db.sql("select * from team order by name").query(Workforce::team).list();
    }

    public Optional<Worker> worker(String username) {
        return db.sql("select * from worker where username = ?").param(username).query(Workforce::worker).optional();
    }

    public List<Worker> members(String teamCode) {
        return db.sql("select * from worker where team_code = ? and active order by full_name").param(teamCode).query(Workforce::worker).list();
    }

    public List<Worker> workers() {
        return db.sql("select * from worker order by full_name").query(Workforce::worker).list();
    }

    public Optional<String> managerOf(String teamCode) {
        return team(teamCode).map(Team::managerUsername);
    }

    public Optional<Worker> headOfService() {
        return db.sql("select * from worker where role = ? and active order by username")
                .param(Role.HEAD_OF_SERVICE.name()).query(Workforce::worker).list().stream().findFirst();
    }

    @Transactional
    public void save(Team team) {
        int updated = db.sql("update team set name = ?, kind = ?, manager_username = ? where code = ?")
                .params(team.name(), team.kind().name(), team.managerUsername(), team.code()).update();
        if (updated == 0) {
            db.sql("insert into team (code, name, kind, manager_username) values (?, ?, ?, ?)")
                    .params(team.code(), team.name(), team.kind().name(), team.managerUsername()).update();
        }
    }

    @Transactional
    public void save(Worker w) {
        int updated = db.sql("""
                        update worker set full_name = ?, role = ?, team_code = ?, registration_status = ?,
                               swe_registration = ?, capacity = ?, active = ? where username = ?""")
                .params(w.fullName(), w.role().name(), w.teamCode(), w.registrationStatus().name(),
                        w.sweRegistration(), w.capacity(), w.active(), w.username()).update();
        if (updated == 0) {
            db.sql("""
                            insert into worker (username, full_name, role, team_code, registration_status, swe_registration, capacity, active)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(w.username(), w.fullName(), w.role().name(), w.teamCode(), w.registrationStatus().name(),
                            w.sweRegistration(), w.capacity(), w.active()).update();
        }
    }

    private static Team team(ResultSet rs, int row) throws SQLException {
        return new Team(rs.getString("code"), rs.getString("name"), TeamKind.valueOf(rs.getString("kind")), rs.getString("manager_username"));
    }

    private static Worker worker(ResultSet rs, int row) throws SQLException {
        return new Worker(rs.getString("username"), rs.getString("full_name"), Role.valueOf(rs.getString("role")),
                rs.getString("team_code"), RegistrationStatus.valueOf(rs.getString("registration_status")),
                rs.getString("swe_registration"), rs.getInt("capacity"), rs.getBoolean("active"));
    }
}
