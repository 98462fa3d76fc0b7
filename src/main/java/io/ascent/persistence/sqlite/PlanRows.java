package io.ascent.persistence.sqlite;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanName;
import io.ascent.text.I18n;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Plan and progress rows as records, read with {@link StoredValues}: a value that cannot be read
 * is left out and named in {@code damage}, and the row still becomes a record.
 */
final class PlanRows {

    static final String PLAN_COLUMNS = "id, name, framework_id, current_level, target_level, "
            + "specialization, target_date, created_at, updated_at";
    static final String PROGRESS_COLUMNS = "milestone_id, status, done_date, due_date, evidence, notes, links";

    private PlanRows() {}

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
                StoredValues.instant(rs.getString(9), "updatedAt", created.orElse(Instant.EPOCH), damage));
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
