package io.ascent.persistence.sqlite;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanName;
import io.ascent.text.I18n;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Plan and progress rows as records and back. Rows are read with {@link StoredValues}: a value
 * that cannot be read is left out and named in {@code damage}, and the row still becomes a record.
 * Rows are written with the name's key ({@link PlanName#key}), which the database keeps unique.
 */
final class PlanRows {

    static final String PLAN_COLUMNS = "id, name, framework_id, current_level, target_level, "
            + "specialization, target_date, created_at, updated_at, reached_on";
    static final String PROGRESS_COLUMNS = "milestone_id, status, done_date, due_date, evidence, notes, links";

    static final String INSERT_PLAN = "INSERT INTO plan (name, name_key, framework_id, current_level, "
            + "target_level, specialization, target_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** One milestone's stored progress, compared before it is replaced ({@link CompareAndSet}). */
    static final String SELECT_PROGRESS =
            "SELECT " + PROGRESS_COLUMNS + " FROM milestone_progress WHERE plan_id = ? AND milestone_id = ?";

    /** Progress as given, all its fields. */
    static final String UPSERT_PROGRESS = "INSERT INTO milestone_progress (plan_id, milestone_id, status, "
            + "done_date, due_date, evidence, notes, links, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (plan_id, milestone_id) DO UPDATE SET "
            + "status = excluded.status, done_date = excluded.done_date, due_date = excluded.due_date, "
            + "evidence = excluded.evidence, notes = excluded.notes, links = excluded.links, "
            + "updated_at = excluded.updated_at";

    // The stored row holds exactly the values of the progress an edit was based on, as written here.
    private static final String STORED_IS = "milestone_progress.status = ? AND milestone_progress.done_date IS ? "
            + "AND milestone_progress.due_date IS ? AND milestone_progress.evidence = ? "
            + "AND milestone_progress.notes = ? AND milestone_progress.links = ?";

    /**
     * An edit of a milestone shown as to do: inserted, or written over a row that still holds the
     * "to do" it was based on; bound by {@link #bindProgress} then {@link #bindExpected} from 10.
     */
    static final String UPSERT_PROGRESS_IF_TODO = UPSERT_PROGRESS + " WHERE " + STORED_IS;

    /**
     * An edit written over a row that still holds what it was based on: values 1-6, updated_at 7,
     * plan 8, milestone 9, then {@link #bindExpected} from 10.
     */
    static final String UPDATE_PROGRESS_IF = "UPDATE milestone_progress SET status = ?, done_date = ?, "
            + "due_date = ?, evidence = ?, notes = ?, links = ?, updated_at = ? "
            + "WHERE plan_id = ? AND milestone_id = ? AND " + STORED_IS;

    static final String TOUCH_PLAN = "UPDATE plan SET updated_at = ? WHERE id = ?";

    private PlanRows() {}

    /** Marks the plan as changed at {@code now}, in the caller's transaction. */
    static void touch(Connection c, long planId, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(TOUCH_PLAN)) {
            st.setString(1, now.toString());
            st.setLong(2, planId);
            st.executeUpdate();
        }
    }

    static long insertPlan(Connection c, Plan plan) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(INSERT_PLAN)) {
            st.setString(1, plan.name());
            st.setString(2, PlanName.key(plan.name()));
            st.setString(3, plan.frameworkId());
            st.setString(4, plan.currentLevelId());
            st.setString(5, plan.targetLevelId());
            st.setString(6, plan.specializationId());
            st.setString(7, plan.targetDate().map(LocalDate::toString).orElse(null));
            st.setString(8, plan.createdAt().toString());
            st.setString(9, plan.updatedAt().toString());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void bindProgress(PreparedStatement st, long planId, MilestoneProgress p, Instant now) throws SQLException {
        st.setLong(1, planId);
        st.setString(2, p.milestoneId());
        bindValues(st, 3, p);
        st.setString(9, now.toString());
    }

    /** Binds {@link #UPDATE_PROGRESS_IF}: {@code p} over a row that holds {@code expected}. */
    static void bindUpdate(
            PreparedStatement st, long planId, MilestoneProgress expected, MilestoneProgress p, Instant now)
            throws SQLException {
        bindValues(st, 1, p);
        st.setString(7, now.toString());
        st.setLong(8, planId);
        st.setString(9, p.milestoneId());
        bindValues(st, 10, expected);
    }

    /** Binds the six stored values of {@code p} (status to links) from parameter {@code first}. */
    static void bindExpected(PreparedStatement st, MilestoneProgress p) throws SQLException {
        bindValues(st, 10, p);
    }

    private static void bindValues(PreparedStatement st, int first, MilestoneProgress p) throws SQLException {
        st.setString(first, p.status().name());
        st.setString(first + 1, p.doneDate().map(LocalDate::toString).orElse(null));
        st.setString(first + 2, p.dueDate().map(LocalDate::toString).orElse(null));
        st.setString(first + 3, p.evidence());
        st.setString(first + 4, p.notes());
        st.setString(first + 5, String.join("\n", p.links()));
    }

    static Plan plan(ResultSet rs, List<String> damage) throws SQLException {
        long id = rs.getLong(1);
        String stored = rs.getString(2);
        String name = stored;
        if (PlanName.problemOf(stored) != PlanName.Problem.NONE) {
            name = PlanName.repaired(stored, I18n.t("migration.planNameFallback") + " " + id);
            StoredValues.unreadable("name", stored, damage);
        }
        Optional<Instant> created = StoredValues.instant(rs.getString(8));
        Optional<Instant> updated = StoredValues.instant(rs.getString(9));
        return new Plan(
                id,
                name,
                StoredValues.id(rs.getString(3), "framework", damage),
                StoredValues.id(rs.getString(4), "currentLevel", damage),
                StoredValues.id(rs.getString(5), "targetLevel", damage),
                StoredValues.id(rs.getString(6), "specialization", damage),
                StoredValues.date(rs.getString(7), "targetDate", damage),
                StoredValues.instant(rs.getString(8), "createdAt", updated.orElse(Instant.EPOCH), damage),
                StoredValues.instant(rs.getString(9), "updatedAt", created.orElse(Instant.EPOCH), damage),
                StoredValues.date(rs.getString(10), "reachedOn", damage));
    }

    /** A progress row; what cannot be read is dropped, down to "to do" if nothing else holds. */
    static MilestoneProgress progress(ResultSet rs, List<String> damage) throws SQLException {
        String milestone = rs.getString(1);
        MilestoneStatus status = status(rs.getString(2), damage);
        Optional<LocalDate> done = StoredValues.date(rs.getString(3), "doneDate", damage);
        Optional<LocalDate> due = StoredValues.date(rs.getString(4), "dueDate", damage);
        try {
            return new MilestoneProgress(
                    milestone,
                    status,
                    status == MilestoneStatus.DONE ? done : Optional.empty(),
                    due,
                    rs.getString(5),
                    rs.getString(6),
                    links(rs.getString(7)));
        } catch (IllegalArgumentException e) {
            damage.add(e.getMessage());
            return MilestoneProgress.todo(StoredValues.id(milestone, "milestone", damage));
        }
    }

    private static MilestoneStatus status(String text, List<String> damage) {
        try {
            return MilestoneStatus.valueOf(String.valueOf(text));
        } catch (IllegalArgumentException e) {
            StoredValues.unreadable("status", text, damage);
            return MilestoneStatus.TODO;
        }
    }

    private static List<String> links(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : text.lines().filter(l -> !l.isBlank()).toList();
    }
}
