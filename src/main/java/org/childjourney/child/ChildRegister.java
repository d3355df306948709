package org.childjourney.child;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The children known to the council. A child already known is found, not registered twice: by NHS number when
 * given, otherwise by first and last name with the date of birth (or, for an unborn child, the expected date).
 */
@Service
public class ChildRegister {

    private final JdbcClient db;
    private final String nextChildNumber;

    public ChildRegister(JdbcClient db, DataSource dataSource) throws SQLException {
        this.db = db;
        try (var connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            this.nextChildNumber = postgres ? "select nextval('child_number')" : "select next value for child_number";
        }
    }

    public record Match(Child child, boolean alreadyKnown) {
    }

    public Match findOrRegister(ChildIdentity identity, Instant now) {
        Optional<Child> known = findKnown(identity);
        if (known.isPresent()) {
            Child child = known.get();
            if (child.identity().nhsNumber() == null && identity.nhsNumber() != null) {
                db.sql("update child set nhs_number = ? where id = ?").params(identity.nhsNumber(), child.id()).update();
            }
            return new Match(child, true);
        }
        return new Match(register(identity, now), false);
    }

    public Optional<Child> findKnown(ChildIdentity identity) {
        if (identity.nhsNumber() != null) {
            Optional<Child> byNhsNumber = db.sql("select * from child where nhs_number = ?").param(identity.nhsNumber())
                    .query(ChildRegister::child).optional();
            if (byNhsNumber.isPresent()) {
                return byNhsNumber;
            }
        }
        LocalDate birth = identity.unborn() ? identity.expectedDateOfBirth() : identity.dateOfBirth();
        String birthColumn = identity.unborn() ? "expected_date_of_birth" : "date_of_birth";
        List<Child> sameNameAndBirth = db.sql("select * from child where lower(last_name) = ? and coalesce(lower(first_name), '') = ? and "
                        + birthColumn + " = ? and unborn = ?")
                .params(identity.normalisedLastName(), identity.normalisedFirstName(), birth, identity.unborn())
                .query(ChildRegister::child).list();
        // A different NHS number on record means a different child with the same name and birthday.
        return sameNameAndBirth.stream()
                .filter(c -> c.identity().nhsNumber() == null || identity.nhsNumber() == null || c.identity().nhsNumber().equals(identity.nhsNumber()))
                .findFirst();
    }

    /**
     * Possible matches for a search: the child with that id, or children whose first or last name starts with what was
     * typed (any word of it), born on that date when one is given; at most {@code limit}, surname first.
     */
    public List<Child> search(String name, LocalDate dateOfBirth, String id, int limit) {
        if (id != null && !id.isBlank()) {
            return byId(id.trim().toUpperCase(java.util.Locale.ROOT)).map(List::of).orElse(List.of());
        }
        StringBuilder sql = new StringBuilder("select * from child where 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        if (name != null && !name.isBlank()) {
            for (String word : name.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                sql.append(" and (lower(last_name) like ? or lower(first_name) like ?)");
                params.add(word + "%");
                params.add(word + "%");
            }
        }
        if (dateOfBirth != null) {
            sql.append(" and (date_of_birth = ? or expected_date_of_birth = ?)");
            params.add(dateOfBirth);
            params.add(dateOfBirth);
        }
        if (params.isEmpty()) {
            return List.of();
        }
        sql.append(" order by last_name, first_name, id fetch first ").append(limit).append(" rows only");
        return db.sql(sql.toString()).params(params).query(ChildRegister::child).list();
    }

    public Optional<Child> byId(String id) {
        return db.sql("select * from child where id = ?").param(id).query(ChildRegister::child).optional();
    }

    private Child register(ChildIdentity identity, Instant now) {
        long number = db.sql(nextChildNumber).query(Long.class).single();
        String id = "CJ" + number;
        db.sql("""
                        insert into child (id, first_name, last_name, unborn, date_of_birth, expected_date_of_birth,
                                           sex, ethnicity, disability, nhs_number, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, identity.firstName(), identity.lastName(), identity.unborn(), identity.dateOfBirth(),
                        identity.expectedDateOfBirth(), identity.sex(), identity.ethnicity(), identity.disability(),
                        identity.nhsNumber(), Timestamp.from(now))
                .update();
        return new Child(id, identity, now);
    }

    private static Child child(ResultSet rs, int row) throws SQLException {
        return new Child(rs.getString("id"), new ChildIdentity(rs.getString("first_name"), rs.getString("last_name"),
                rs.getBoolean("unborn"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getObject("expected_date_of_birth", LocalDate.class), rs.getString("sex"), rs.getString("ethnicity"),
                rs.getString("disability"), rs.getString("nhs_number")), rs.getTimestamp("created_at").toInstant());
    }
}
