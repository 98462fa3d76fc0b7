package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.PlanDraft;
import io.ascent.domain.storage.Backup;
import io.ascent.persistence.PersistenceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class BackupsTest {

    @TempDir
    Path dir;

    private Instant now = Instant.parse("2026-11-28T21:05:00Z");

    private Clock clock() {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    private static void createPlan(Database db, String name) {
        new SqlitePlanRepository(db)
                .create(
                        new PlanDraft(name, "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                        Instant.now());
    }

    private static List<String> planNames(Database db) {
        return new SqlitePlanRepository(db)
                .findAll().stream().map(p -> p.name()).toList();
    }

    @Test
    void aBackupHoldsThePlansAndIsNamedByTime() throws Exception {
        Path file = dir.resolve("ascent.db");
        try (Database db = Database.open(file)) {
            createPlan(db, "Road");
            Backup backup = new Backups(file, 10, clock()).create(db, "manual");

            assertThat(backup.file().getParent()).isEqualTo(dir.resolve("backups"));
            assertThat(backup.file().getFileName().toString()).isEqualTo("ascent.db.20261128-210500-000-manual.db");
            assertThat(backup.sizeBytes()).isPositive();
        }
        Path copy = dir.resolve("backups").resolve("ascent.db.20261128-210500-000-manual.db");
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

            assertThat(kept)
                    .extracting(Backup::file)
                    .containsExactly(
                            made.get(4).file(), made.get(3).file(), made.get(2).file());
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

        Path aside = new Backups(file, 10, clock())
                .restoreInPlaceOfDamaged(backup, p -> {})
                .orElseThrow();

        assertThat(aside.getFileName().toString()).isEqualTo("ascent.db.damaged-20261128-2105");
        assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
        try (Database db = Database.open(file)) {
            assertThat(planNames(db)).containsExactly("Road");
        }
    }

    @Test
    void dailyBackupsOfADatabaseThatLostItsPlansNeverPushOutTheLastBackupWithPlans() throws Exception {
        Path file = dir.resolve("ascent.db");
        Backup withPlans;
        try (Database db = Database.open(file)) {
            createPlan(db, "Road");
            withPlans = new Backups(file, 3, clock()).create(db, "daily");
        }
        // The plans are lost (an empty database in the file's place), and daily backups go on.
        Files.delete(file);
        Database.open(dir.resolve("other.db")).close();
        Files.copy(dir.resolve("other.db"), file);
        try (Database db = Database.open(file)) {
            for (int day = 0; day < 6; day++) {
                now = now.plus(Duration.ofDays(1));
                new Backups(file, 3, clock()).create(db, "daily");
            }
        }

        List<Backup> kept = new Backups(file, 3, clock()).list();
        assertThat(kept).hasSize(4).contains(withPlans);
        assertThat(BackupRetention.holdsPlans(withPlans)).isTrue();
        // Looking into the backups left no -wal or -shm files beside them.
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(4).allMatch(n -> n.endsWith(".db"));
        }
    }

    private List<Path> restoringFiles() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("ascent.db.restoring-"))
                    .toList();
        }
    }

    @Test
    void theDamagedFileStaysInPlaceUntilTheRestoredCopyIsCompleteAndThenSwappedIn() throws Exception {
        Path file = dir.resolve("ascent.db");
        Backup backup;
        try (Database db = Database.open(file)) {
            for (int i = 0; i < 200; i++) {
                createPlan(db, "Plan " + i + " " + "x".repeat(100));
            }
            backup = new Backups(file, 10, clock()).create(db, "daily");
        }
        Files.writeString(file, "garbage, not a database");
        byte[] damaged = Files.readAllBytes(file);
        List<Boolean> damagedStillInPlace = new ArrayList<>();

        new Backups(file, 10, clock()).restoreInPlaceOfDamaged(backup, p -> {
            if (p < 1.0) {
                try {
                    damagedStillInPlace.add(Arrays.equals(Files.readAllBytes(file), damaged)
                            && restoringFiles().size() == 1);
                } catch (IOException e) {
                    damagedStillInPlace.add(false);
                }
            }
        });

        assertThat(damagedStillInPlace).isNotEmpty().containsOnly(true);
        assertThat(restoringFiles()).isEmpty();
        try (Database db = Database.open(file)) {
            assertThat(planNames(db)).hasSize(200);
        }
    }

    @Test
    void restoringInPlaceOfAMissingFileSaysNothingWasMovedAside() throws Exception {
        Path file = dir.resolve("ascent.db");
        Backup backup;
        try (Database db = Database.open(file)) {
            createPlan(db, "Road");
            backup = new Backups(file, 10, clock()).create(db, "daily");
        }
        Files.delete(file);

        assertThat(new Backups(file, 10, clock()).restoreInPlaceOfDamaged(backup, p -> {}))
                .isEmpty();
        try (Database db = Database.open(file)) {
            assertThat(planNames(db)).containsExactly("Road");
        }
    }

    @Test
    void aBackupThatCannotBeWrittenBlamesTheBackupsFolderNotTheDatabase() throws Exception {
        Path file = dir.resolve("ascent.db");
        // A folder where the backup file should go: SQLite cannot open it for writing.
        Files.createDirectories(dir.resolve("backups").resolve("ascent.db.20261128-210500-000-manual.db"));
        try (Database db = Database.open(file)) {
            assertThatThrownBy(() -> new Backups(file, 10, clock()).create(db, "manual"))
                    .isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("backups folder " + dir.resolve("backups"))
                    .hasMessageContaining("Your plans are not affected")
                    .hasMessageNotContaining("ascent.db is");
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            SQLITE_FULL,     the disk is full
            SQLITE_READONLY, you may not write there
            SQLITE_CANTOPEN, you may not write there
            SQLITE_IOERR,    failed
            """)
    void backupFailuresSayWhatIsWrongWithTheBackupsFolder(SQLiteErrorCode code, String words) {
        Path folder = new Backups(dir.resolve("ascent.db"), 10, clock()).folder();

        assertThat(DatabaseProblems.backupMessage(
                        folder, dir.resolve("ascent.db"), new SQLiteException("failed", code)))
                .contains(dir.resolve("backups").toString(), words);
    }

    @Test
    void aBackupNameWithAnImpossibleDateIsSkippedAndBackingUpStillWorks() throws Exception {
        Path file = dir.resolve("ascent.db");
        Files.createDirectories(dir.resolve("backups"));
        Files.writeString(dir.resolve("backups").resolve("ascent-20261399-256199-000-daily.db"), "x");
        try (Database db = Database.open(file)) {
            Backup made = new Backups(file, 10, clock()).create(db, "manual");

            assertThat(new Backups(file, 10, clock()).list()).containsExactly(made);
        }
    }

    @Test
    void backupsAreNamedInUtcSoTheySortAcrossTimeZones() {
        Path file = dir.resolve("ascent.db");
        try (Database db = Database.open(file)) {
            Backup madrid = new Backups(file, 10, Clock.fixed(now, ZoneId.of("Europe/Madrid"))).create(db, "manual");
            // An hour later, in New York: local wall-clock time says 17:05, five hours "earlier".
            Backup newYork = new Backups(
                            file, 10, Clock.fixed(now.plus(Duration.ofHours(1)), ZoneId.of("America/New_York")))
                    .create(db, "manual");

            assertThat(madrid.file().getFileName().toString()).isEqualTo("ascent.db.20261128-210500-000-manual.db");
            assertThat(madrid.createdAt()).isEqualTo(now);
            assertThat(new Backups(file, 10, clock()).list()).containsExactly(newYork, madrid);
        }
    }

    @Test
    void aFileOutsideTheBackupsFolderIsNotRestored() throws Exception {
        Path file = dir.resolve("ascent.db");
        Path stranger = Files.writeString(dir.resolve("ascent-20261128-210500-000-manual.db"), "x");
        try (Database db = Database.open(file)) {
            Backup fake = new Backup(stranger, Instant.now(), 1, "manual");

            assertThatThrownBy(() -> new Backups(file, 10, clock()).restoreInto(db, fake, p -> {}))
                    .isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("is not a backup");
        }
    }

    @Test
    void migratingAnOlderSchemaBacksUpFirst() throws Exception {
        Path file = dir.resolve("ascent.db");
        try (var c = OldDatabases.atVersion(file, OldDatabases.BEFORE_NAME_KEYS, true);
                var st = c.createStatement()) {
            st.execute("INSERT INTO plan (name, framework_id, current_level, target_level, specialization, "
                    + "created_at, updated_at) VALUES ('Road', 'pm-default', 'pm', 'senior-pm', 'growth', "
                    + "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        }

        try (Database db = Database.open(file, clock())) {
            List<Backup> backups = new Backups(file, 10, clock()).list();

            assertThat(backups)
                    .singleElement()
                    .satisfies(b -> assertThat(b.reason()).isEqualTo("before-v" + Migrations.latestVersion()));
            assertThat(planNames(db)).containsExactly("Road");
        }
    }
}
