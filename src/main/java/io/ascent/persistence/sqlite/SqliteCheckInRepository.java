package io.ascent.persistence.sqlite;

import io.ascent.domain.CheckIn;
import io.ascent.domain.Readiness;
import io.ascent.persistence.CheckInRepository;
import io.ascent.text.I18n;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link CheckInRepository} on the SQLite {@link Database}: inserts and reads, never updates. */
public final class SqliteCheckInRepository implements CheckInRepository {

    private final Database database;

    public SqliteCheckInRepository(Database database) {
        this.database = database;
    }

    @Override
    public CheckIn insert(CheckIn checkIn) {
        return database.write(
                I18n.t("persist.action.saveCheckIn"), tx -> checkIn.withId(insertRows(tx, checkIn.planId(), checkIn)));
    }

    /**
     * Writes a check-in of plan {@code planId} with its ratings and done milestones inside the
     * caller's transaction (this repository's own, or a plan import's); returns its id.
     */
    static long insertRows(Connection c, long planId, CheckIn checkIn) throws SQLException {
        long id;
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO check_in (plan_id, taken_at, done, required, note) VALUES (?, ?, ?, ?, ?)")) {
            st.setLong(1, planId);
            st.setString(2, checkIn.takenAt().toString());
            st.setInt(3, checkIn.readiness().done());
            st.setInt(4, checkIn.readiness().required());
            st.setString(5, checkIn.note());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        insertLevels(c, "check_in_rating", id, checkIn.ratings());
        insertLevels(c, "check_in_manager_rating", id, checkIn.managerRatings());
        try (PreparedStatement st =
                c.prepareStatement("INSERT INTO check_in_milestone (check_in_id, milestone_id) VALUES (?, ?)")) {
            for (String m : checkIn.doneMilestoneIds()) {
                st.setLong(1, id);
                st.setString(2, m);
                st.addBatch();
            }
            st.executeBatch();
        }
        return id;
    }

    /** Competency id to level id rows of one check-in into {@code table} (the person's or the reviewer's). */
    private static void insertLevels(Connection c, String table, long checkInId, Map<String, String> levels)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO " + table + " (check_in_id, competency_id, level_id) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> r : levels.entrySet()) {
                st.setLong(1, checkInId);
                st.setString(2, r.getKey());
                st.setString(3, r.getValue());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    @Override
    public List<CheckIn> findByPlan(long planId) {
        return findByPlan(planId, new ArrayList<>());
    }

    /** The plan's check-ins; one whose date cannot be read is left out and named in {@code damage}. */
    List<CheckIn> findByPlan(long planId, List<String> damage) {
        return database.read(I18n.t("persist.action.readCheckIns"), c -> {
            Map<Long, Map<String, String>> ratings = children(
                    c,
                    planId,
                    "SELECT r.check_in_id, r.competency_id, r.level_id FROM check_in_rating r "
                            + "JOIN check_in c ON c.id = r.check_in_id WHERE c.plan_id = ?");
            Map<Long, Map<String, String>> managerRatings = children(
                    c,
                    planId,
                    "SELECT r.check_in_id, r.competency_id, r.level_id FROM check_in_manager_rating r "
                            + "JOIN check_in c ON c.id = r.check_in_id WHERE c.plan_id = ?");
            Map<Long, Map<String, String>> milestones = children(
                    c,
                    planId,
                    "SELECT m.check_in_id, m.milestone_id, m.milestone_id FROM check_in_milestone m "
                            + "JOIN check_in c ON c.id = m.check_in_id WHERE c.plan_id = ?");
            List<CheckIn> result = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT id, taken_at, done, required, note FROM check_in WHERE plan_id = ? ORDER BY taken_at, id")) {
                st.setLong(1, planId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        Optional<Instant> taken = StoredValues.instant(rs.getString(2));
                        if (taken.isEmpty()) {
                            StoredValues.unreadable("takenAt", rs.getString(2), damage);
                            continue;
                        }
                        Set<String> done = new LinkedHashSet<>(
                                milestones.getOrDefault(id, Map.of()).keySet());
                        result.add(new CheckIn(
                                id,
                                planId,
                                taken.get(),
                                ratings.getOrDefault(id, Map.of()),
                                new Readiness(rs.getInt(3), rs.getInt(4)),
                                done,
                                rs.getString(5),
                                managerRatings.getOrDefault(id, Map.of())));
                    }
                }
            }
            return result;
        });
    }

    private static Map<Long, Map<String, String>> children(Connection c, long planId, String sql) throws SQLException {
        Map<Long, Map<String, String>> result = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, planId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getString(3));
                }
            }
        }
        return result;
    }
}
