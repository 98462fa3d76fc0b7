package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.MilestoneProgress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Earlier versions stored control characters and any date; the text rule now refuses them, so
 * the migration to V5 cleans what is stored and the plan still opens.
 */
class StorableTextMigrationTest {

    @TempDir
    Path dir;

    @Test
    void controlCharactersAndImpossibleDatesStoredByAnEarlierVersionAreCleanedAndThePlanStillOpens() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = OldDatabases.atVersion(file, 4, true)) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate(
                        "INSERT INTO plan (id, name, framework_id, current_level, target_level, specialization, "
                                + "target_date, created_at, updated_at) VALUES (1, 'Old', 'pm-default', 'pm', 'senior-pm', "
                                + "'growth', '+20270-01-01', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO milestone_progress (plan_id, milestone_id, "
                    + "status, done_date, due_date, evidence, notes, updated_at) VALUES (1, ?, 'DONE', ?, ?, ?, ?, "
                    + "'2025-01-01T00:00:00Z')")) {
                st.setString(1, "product-strategy.senior-pm.1");
                st.setString(2, "0000-01-01");
                st.setString(3, "2026-03-01");
                st.setString(4, "a\u0000b\u000Bc\u0085d\te\r\nf\u001B[0m");
                st.setString(5, "page one\u000Cpage two \uD83D\uDE80");
                st.executeUpdate();
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO competency_rating (plan_id, competency_id, level_id, justification, "
                        + "updated_at) VALUES (1, 'product-strategy', 'pm', 'ok' || char(7), '2025-01-01T00:00:00Z')");
                st.executeUpdate("INSERT INTO check_in (plan_id, taken_at, done, required, note) VALUES (1, "
                        + "'2025-02-01T00:00:00Z', 0, 54, 'bell' || char(7) || char(127))");
            }
        }

        try (Database db = Database.open(file)) {
            SqlitePlanRepository plans = new SqlitePlanRepository(db);
            MilestoneProgress progress = plans.progress(1).get("product-strategy.senior-pm.1");

            assertThat(progress.evidence()).isEqualTo("ab\ncd\te\r\nf[0m");
            assertThat(progress.notes()).isEqualTo("page one\npage two \uD83D\uDE80");
            assertThat(progress.doneDate()).isEmpty();
            assertThat(progress.dueDate()).contains(LocalDate.of(2026, 3, 1));
            assertThat(plans.findById(1).orElseThrow().targetDate()).isEqualTo(Optional.empty());
            assertThat(new SqliteAssessmentRepository(db)
                            .ratings(1)
                            .get("product-strategy")
                            .justification())
                    .isEqualTo("ok");
            assertThat(new SqliteCheckInRepository(db).findByPlan(1).get(0).note())
                    .isEqualTo("bell");
        }
    }
}
