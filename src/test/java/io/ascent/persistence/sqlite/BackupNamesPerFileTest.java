package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.PlanDraft;
import io.ascent.domain.storage.Backup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups are named by the database's full file name, so {@code plans} and {@code plans.db} of one
 * folder never share a backup: each lists, restores and prunes only its own. Names earlier builds
 * wrote ({@code plans-<stamp>-<reason>.db}) are still read as {@code plans.db}'s.
 */
class BackupNamesPerFileTest {

    @TempDir
    Path dir;

    private Instant now = Instant.parse("2026-12-06T22:00:00Z");

    private Clock clock() {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    private Backup backUp(Path file, String planName, int keep) {
        try (Database db = Database.open(file, clock())) {
            SqlitePlanRepository plans = new SqlitePlanRepository(db);
            if (plans.findAll().isEmpty()) {
                plans.create(
                        new PlanDraft(planName, "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                        Instant.now());
            }
            return new Backups(file, keep, clock()).create(db, Backup.MANUAL);
        }
    }

    private static List<String> planNames(Path file) {
        try (Database db = Database.open(file)) {
            return new SqlitePlanRepository(db)
                    .findAll().stream().map(p -> p.name()).toList();
        }
    }

    @Test
    void twoDatabasesWhoseNamesDifferByDotDbKeepTheirBackupsApart() throws Exception {
        Path plans = dir.resolve("plans");
        Path plansDb = dir.resolve("plans.db");
        Backup ofPlans = backUp(plans, "Other", 2);
        now = now.plusSeconds(60);
        Backup ofPlansDb = backUp(plansDb, "Mine", 2);

        assertThat(ofPlans.file().getFileName().toString()).isEqualTo("plans.20261206-220000-000-manual.db");
        assertThat(ofPlansDb.file().getFileName().toString()).isEqualTo("plans.db.20261206-220100-000-manual.db");
        assertThat(new Backups(plansDb, 2, clock()).list()).containsExactly(ofPlansDb);
        assertThat(new Backups(plans, 2, clock()).list()).containsExactly(ofPlans);

        // plans.db's own backups fill its limit: plans' backup is not counted, nor pruned.
        for (int i = 0; i < 3; i++) {
            now = now.plusSeconds(60);
            backUp(plansDb, "Mine", 2);
        }
        assertThat(new Backups(plansDb, 2, clock()).list()).hasSize(2);
        assertThat(ofPlans.file()).exists();

        // Restoring plans.db's newest backup puts plans.db's plans back, not the other file's.
        Path restored = dir.resolve("restored-check");
        Files.writeString(plansDb, "damaged");
        Files.deleteIfExists(dir.resolve("plans.db-wal"));
        Files.deleteIfExists(dir.resolve("plans.db-shm"));
        Backups ofMine = new Backups(plansDb, 2, clock());
        ofMine.restoreInPlaceOfDamaged(ofMine.newest().orElseThrow(), p -> {});
        assertThat(planNames(plansDb)).containsExactly("Mine");
        assertThat(restored).doesNotExist();
    }

    @Test
    void namesEarlierBuildsWroteAreStillReadAsTheDotDbFilesAndPrunedWithThem() throws Exception {
        Path plansDb = dir.resolve("plans.db");
        Backup current = backUp(plansDb, "Mine", 10);
        Path earlier = dir.resolve("backups").resolve("plans-20261201-080000-000-daily.db");
        Files.copy(current.file(), earlier);
        Files.writeString(dir.resolve("plans"), "a file of another name, not a database");

        List<Backup> listed = new Backups(plansDb, 10, clock()).list();
        assertThat(listed).extracting(Backup::file).containsExactly(current.file(), earlier);
        assertThat(new Backups(dir.resolve("plans"), 10, clock()).list()).isEmpty();
        assertThat(Backups.databaseOf(earlier)).isEqualTo(plansDb.toAbsolutePath());
        assertThat(Backups.databaseOf(current.file())).isEqualTo(plansDb.toAbsolutePath());

        // Pruning to one keeps the newest and deletes the earlier build's one, the database's own.
        now = now.plusSeconds(60);
        Backup newest = backUp(plansDb, "Mine", 1);
        assertThat(new Backups(plansDb, 1, clock()).list()).containsExactly(newest);
        assertThat(earlier).doesNotExist();
    }
}
