package io.ascent.persistence;

import io.ascent.domain.CheckIn;
import io.ascent.domain.PlanArchive;
import io.ascent.domain.Rating;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * The ratings and check-ins of an imported plan, written inside the caller's transaction on the
 * tables of the assessment migration (the check-in repository commits on its own, so it cannot
 * take part in an import that must be all or nothing).
 */
final class ArchiveRows {

    private ArchiveRows() {
    }

    static void insertAssessment(Connection c, long planId, PlanArchive archive) throws SQLException {
        String now = archive.plan().updatedAt().toString();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO competency_rating (plan_id, competency_id, "
                + "level_id, justification, updated_at) VALUES (?, ?, ?, ?, ?)")) {
            for (Rating r : archive.ratings()) {
                st.setLong(1, planId);
                st.setString(2, r.competencyId());
                st.setString(3, r.levelId());
                st.setString(4, r.justification());
                st.setString(5, now);
                st.addBatch();
            }
            st.executeBatch();
        }
        for (CheckIn checkIn : archive.checkIns()) {
            long id = insertCheckIn(c, planId, checkIn);
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO check_in_rating (check_in_id, competency_id, level_id) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, String> r : checkIn.ratings().entrySet()) {
                    st.setLong(1, id);
                    st.setString(2, r.getKey());
                    st.setString(3, r.getValue());
                    st.addBatch();
                }
                st.executeBatch();
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO check_in_milestone (check_in_id, milestone_id) VALUES (?, ?)")) {
                for (String m : checkIn.doneMilestoneIds()) {
                    st.setLong(1, id);
                    st.setString(2, m);
                    st.addBatch();
                }
                st.executeBatch();
            }
        }
    }

    private static long insertCheckIn(Connection c, long planId, CheckIn checkIn) throws SQLException {
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
                return keys.getLong(1);
            }
        }
    }
}
