package io.ascent.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.PlanDraft;
import io.ascent.domain.storage.Backup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    private Instant now = Instant.parse("2026-11-28T21:05:00Z");

    private Clock clock() {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    private static void createPlan(Database db, String name) {
        new SqlitePlanRepository(db).create(new PlanDraft(name, "pm-default", "pm", "senior-pm", "growth",
                Optional.empty()), Instant.now());
    }

    private static List<String> planNames(Database db) {
        return new SqlitePlanRepository(db).findAll().stream().map(p -> p.name()).toList();
    }

    @Test
    void aBackupHoldsThePlansAndIsNamedByTime() throws Exception {
        Path file = dir.resolve("ascent.db");
        try (Database db = Database.open(file)) {
            createPlan(db, "Road");
            Backup backup = new Backups(file, 10, clock()).create(db, "manual");

            assertThat(backup.file().getParent()).isEqualTo(dir.resolve("backups"));
            assertThat(backup.file().getFileName().toString()).isEqualTo("ascent-20261128-210500-000-manual.db");
            assertThat(backup.sizeBytes()).isPositive();
        }
        Path copy = dir.resolve("backups").resolve("ascent-20261128-210500-000-manual.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + copy);
                var rs = c.createStatement().executeQuery("SELECT name FROM plan")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Road");
        }
    }

    @Test
    void onlyTheNewestAreKeptAndListedNewestFirst() {
        Path file = dir.resolve("ascent.db");
        List<Backup> made = new ArrayList<>();
        try (Database db = Database.open(file)) {
            for (int i = 0; i < 5; i++) {
                now = now.plus(Duration.ofHours(1));
                made.add(new Backups(file, 3, clock()).create(db, "daily"));
            }
            List<Backup> kept = new Backups(file, 3, clock()).list();

            assertThat(kept).extracting(Backup::file)
                    .containsExactly(made.get(4).file(), made.get(3).file(), made.get(2).file());
            assertThat(Files.exists(made.get(0).file())).isFalse();
        }
    }

    @Test
    void restoringIntoTheOpenDatabaseBringsBackItsPlans() {
        Path file = dir.resolve("ascent.db");
        try (Database db = Database.open(file)) {
            createPlan(db, "Road");
            Backups backups = new Backups(file, 10, clock());
            Backup backup = backups.create(db, "manual");
            createPlan(db, "Made after the backup");
            List<Double> progress = new ArrayList<>();

            backups.restoreInto(db, backup, progress::add);

            assertThat(planNames(db)).containsExactly("Road");
            assertThat(progress).last().isEqualTo(1.0);
        }
    }

    @Test
    void restoringInPlaceOfADamagedFileKeepsTheDamagedFileAside() throws Exception {
        Path file = dir.resolve("ascent.db");
        Backup backup;
        try (Database db = Database.open(file)) {
            createPlan(db, "Road");
            backup = new Backups(file, 10, clock()).create(db, "daily");
        }
        Files.writeString(file, "garbage, not a database");
        byte[] damaged = Files.readAllBytes(file);

        Path aside = new Backups(file, 10, clock()).restoreInPlaceOfDamaged(backup, p -> { });

        assertThat(aside.getFileName().toString()).isEqualTo("ascent.db.damaged-20261128-2105");
        assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
        try (Database db = Database.open(file)) {
            assertThat(planNames(db)).containsExactly("Road");
        }
    }

    @Test
    void aFileOutsideTheBackupsFolderIsNotRestored() throws Exception {
        Path file = dir.resolve("ascent.db");
        Path stranger = Files.writeString(dir.resolve("ascent-20261128-210500-000-manual.db"), "x");
        try (Database db = Database.open(file)) {
            Backup fake = new Backup(stranger, java.time.LocalDateTime.now(), 1, "manual");

            assertThatThrownBy(() -> new Backups(file, 10, clock()).restoreInto(db, fake, p -> { }))
                    .isInstanceOf(PersistenceException.class).hasMessageContaining("is not a backup");
        }
    }

    @Test
    void migratingAnOlderSchemaBacksUpFirst() throws Exception {
        Path file = dir.resolve("ascent.db");
        try (Database db = Database.open(file); var st = db.connection().createStatement()) {
            createPlan(db, "Road");
            st.execute("PRAGMA user_version = " + (Migrations.latestVersion() - 1));
            st.execute("ALTER TABLE milestone_progress DROP COLUMN links");
        }

        try (Database db = Database.open(file, clock())) {
            List<Backup> backups = new Backups(file, 10, clock()).list();

            assertThat(backups).singleElement().satisfies(b ->
                    assertThat(b.reason()).isEqualTo("before-v" + Migrations.latestVersion()));
            assertThat(planNames(db)).containsExactly("Road");
        }
    }
}
