package io.ascent.persistence.sqlite;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.Replacements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Rows of {@code milestone_progress} under retired milestone ids: which plans hold some, and moving them to their successors. */
final class ProgressRows {

    /** Retired milestone ids asked about in one statement, well under SQLite's parameter limit. */
    private static final int IDS_PER_QUERY = 500;

    private ProgressRows() {}

    /** Ids of the plans on {@code frameworkId} that hold a row for any of {@code milestoneIds}, ascending. */
    static List<Long> plansHolding(Connection connection, String frameworkId, Set<String> milestoneIds)
            throws SQLException {
        List<String> ids = List.copyOf(milestoneIds);
        Set<Long> plans = new TreeSet<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            // Per plan on the framework, lookups of the primary key (plan_id, milestone_id): no
            // scan of other plans' progress, however many rows they hold.
            String sql = "SELECT p.id FROM plan p WHERE p.framework_id = ? AND EXISTS (SELECT 1 FROM "
                    + "milestone_progress m WHERE m.plan_id = p.id AND m.milestone_id IN ("
                    + String.join(", ", Collections.nCopies(slice.size(), "?")) + "))";
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                st.setString(1, frameworkId);
                for (int i = 0; i < slice.size(); i++) {
                    st.setString(i + 2, slice.get(i));
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        plans.add(rs.getLong(1));
                    }
                }
            }
        }
        return List.copyOf(plans);
    }

    /** Writes each plan's merged rows and deletes its retired ones, in the caller's transaction. */
    static void move(Connection tx, Map<Long, Replacements.Move> moves, Instant now) throws SQLException {
        try (PreparedStatement write = tx.prepareStatement(PlanRows.UPSERT_PROGRESS);
                PreparedStatement remove =
                        tx.prepareStatement("DELETE FROM milestone_progress WHERE plan_id = ? AND milestone_id = ?")) {
            for (Map.Entry<Long, Replacements.Move> move : moves.entrySet()) {
                for (MilestoneProgress p : move.getValue().write()) {
                    PlanRows.bindProgress(write, move.getKey(), p, now);
                    write.executeUpdate();
                }
                for (String retired : move.getValue().remove()) {
                    remove.setLong(1, move.getKey());
                    remove.setString(2, retired);
                    remove.executeUpdate();
                }
            }
        }
    }
}
