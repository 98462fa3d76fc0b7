package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.PersistenceException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aTickWhileAnotherProgramHoldsTheLockIsExplainedAndNotHalfSaved() throws Exception {
        Path file = dir.resolve("ascent.db");
        try (Database db = Database.open(file)) {
            var repo = new SqlitePlanRepository(db);
            long id = repo.create(
                            new PlanDraft("P", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                            Instant.now())
                    .id();
            try (var other = DriverManager.getConnection("jdbc:sqlite:" + file);
                    var st = other.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");

                assertThatThrownBy(() -> repo.saveProgress(
                                id,
                                MilestoneProgress.todo("m1"),
                                MilestoneProgress.todo("m1").withStatus(MilestoneStatus.DONE, LocalDate.now()),
                                Instant.now()))
                        .isInstanceOf(PersistenceException.class)
                        .hasMessageContaining("locked by another program");

                st.execute("ROLLBACK");
            }
            assertThat(repo.progress(id)).isEmpty();
        }
    }
}
