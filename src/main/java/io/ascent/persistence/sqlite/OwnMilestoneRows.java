package io.ascent.persistence.sqlite;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.OwnMilestone;
import io.ascent.persistence.PersistenceException;
import io.ascent.text.I18n;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rows of {@code own_milestone} (a user's own milestones), read and written on the caller's
 * connection, inside its lock or transaction. An own milestone's progress is an ordinary
 * {@code milestone_progress} row; adding and removing one adds and removes that row with it.
 */
final class OwnMilestoneRows {

    private static final String INSERT = "INSERT INTO own_milestone (plan_id, id, competency_id, level_id, "
            + "title, description, optional, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private OwnMilestoneRows() {}

    static void insert(Connection c, long planId, List<OwnMilestone> milestones) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(INSERT)) {
            for (OwnMilestone m : milestones) {
                st.setLong(1, planId);
                st.setString(2, m.id());
                st.setString(3, m.competencyId());
                st.setString(4, m.levelId());
                st.setString(5, m.title());
                st.setString(6, m.description());
                st.setInt(7, m.optional() ? 1 : 0);
                st.setString(8, m.addedAt().toString());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Adds {@code m} with its first {@code progress}, if any. */
    static void add(Connection c, long planId, OwnMilestone m, Optional<MilestoneProgress> progress, Instant now)
            throws SQLException {
        insert(c, planId, List.of(m));
        if (progress.isEmpty()) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement(PlanRows.UPSERT_PROGRESS)) {
            PlanRows.bindProgress(st, planId, progress.get(), now);
            st.executeUpdate();
        }
    }

    static void update(Connection c, long planId, OwnMilestone m) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE own_milestone SET title = ?, description = ?, optional = ? WHERE plan_id = ? AND id = ?")) {
            st.setString(1, m.title());
            st.setString(2, m.description());
            st.setInt(3, m.optional() ? 1 : 0);
            st.setLong(4, planId);
            st.setString(5, m.id());
            if (st.executeUpdate() != 1) {
                throw new PersistenceException(I18n.t("own.error.gone", m.title()));
            }
        }
    }

    /** Removes the own milestone {@code id} and its progress. */
    static void delete(Connection c, long planId, String id) throws SQLException {
        for (String sql : List.of(
                "DELETE FROM milestone_progress WHERE plan_id = ? AND milestone_id = ?",
                "DELETE FROM own_milestone WHERE plan_id = ? AND id = ?")) {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setLong(1, planId);
                st.setString(2, id);
                st.executeUpdate();
            }
        }
    }

    /** The plan's own milestones in the order they were added. */
    static List<OwnMilestone> ofPlan(Connection c, long planId) throws SQLException {
        String sql = "SELECT id, competency_id, level_id, title, description, optional, added_at "
                + "FROM own_milestone WHERE plan_id = ? ORDER BY added_at, id";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, planId);
            List<OwnMilestone> result = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(new OwnMilestone(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getInt(6) == 1,
                            Instant.parse(rs.getString(7))));
                }
            }
            return result;
        }
    }
}
