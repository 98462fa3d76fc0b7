package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.storage.DatabaseProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite keeps a database's recent changes in a -wal named after the path it was opened by: a file
 * reached by two names would get two WALs, and changes saved through one name would be lost to the
 * other. A file with a second name (hard link) is refused; a symbolic link is followed to the one
 * real path, so every way of naming the file shares one WAL.
 */
class OneNamePerDatabaseTest {

    @TempDir
    Path dir;

    private static Plan plan(Database db) {
        return new SqlitePlanRepository(db)
                .create(
                        new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                        Instant.now());
    }

    @Test
    void aDatabaseWithASecondNameIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("ascent.db");
        try (Database db = Database.open(file)) {
            plan(db);
        }
        Path second = Files.createLink(dir.resolve("copy-of-ascent.db"), file);
        byte[] before = Files.readAllBytes(file);

        DatabaseUnusableException byFirst =
                catchThrowableOfType(DatabaseUnusableException.class, () -> Database.open(file));
        DatabaseUnusableException bySecond =
                catchThrowableOfType(DatabaseUnusableException.class, () -> Database.open(second));

        assertThat(byFirst.problem()).isEqualTo(DatabaseProblem.LINKED);
        assertThat(bySecond.problem()).isEqualTo(DatabaseProblem.LINKED);
        assertThat(byFirst.getMessage()).contains(file + " has 2 names (hard links)", "Nothing was changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("ascent.db-wal")).doesNotExist();
        assertThat(dir.resolve("copy-of-ascent.db-wal")).doesNotExist();
    }

    @Test
    void aLinkedNameOpensTheRealFileSoBothNamesShareOneWal() throws Exception {
        Path file = dir.resolve("ascent.db");
        Path link = Files.createSymbolicLink(dir.resolve("plans.db"), file);
        long planId;
        try (Database db = Database.open(file)) {
            planId = plan(db).id();
        }

        try (Database byLink = Database.open(link);
                Database byName = Database.open(file)) {
            new SqlitePlanRepository(byLink)
                    .saveProgress(
                            planId,
                            MilestoneProgress.todo("product-strategy.senior-pm.1"),
                            done("product-strategy.senior-pm.1"),
                            Instant.now());
            new SqlitePlanRepository(byName)
                    .saveProgress(
                            planId,
                            MilestoneProgress.todo("product-strategy.senior-pm.2"),
                            done("product-strategy.senior-pm.2"),
                            Instant.now());

            assertThat(byLink.file()).isEqualTo(file.toRealPath());
            assertThat(dir.resolve("plans.db-wal")).doesNotExist();
        }
        try (Database db = Database.open(file)) {
            assertThat(new SqlitePlanRepository(db).progress(planId))
                    .containsKeys("product-strategy.senior-pm.1", "product-strategy.senior-pm.2");
        }
    }

    private static MilestoneProgress done(String id) {
        return MilestoneProgress.todo(id).withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 12, 1));
    }
}
