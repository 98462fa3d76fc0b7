package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.PlanDraft;
import io.ascent.domain.storage.Backup;
import io.ascent.persistence.PersistenceException;
import io.ascent.service.BackupService;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore reads the backup through first and refuses, changing nothing, one that would make
 * things worse: damaged, cut short, another program's, from a newer Ascent, or not SQLite at all.
 */
class RestoreChecksTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T22:00:00Z"), ZoneOffset.UTC);
    private Path file;
    private Backup good;

    @BeforeEach
    void aDatabaseWithPlansAndAGoodBackup() {
        file = dir.resolve("db.db");
        try (Database db = Database.open(file, clock)) {
            SqlitePlanRepository plans = new SqlitePlanRepository(db);
            for (int i = 0; i < 120; i++) {
                plans.create(
                        new PlanDraft(
                                "Plan " + i + " " + "x".repeat(100),
                                "pm-default",
                                "pm",
                                "senior-pm",
                                "growth",
                                Optional.empty()),
                        Instant.now());
            }
            good = new Backups(file, 10, clock).create(db, Backup.MANUAL);
        }
    }

    private Backup planted(String name) throws Exception {
        Path target = dir.resolve("backups").resolve(name);
        Files.copy(good.file(), target);
        return new Backup(target, Instant.parse("2026-12-07T00:00:00Z"), Files.size(target), Backup.MANUAL);
    }

    private List<String> backupsFolder() throws Exception {
        try (var files = Files.list(dir.resolve("backups"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertRefusedIntoOpenDatabase(Backup bad, String why) throws Exception {
        List<String> folderBefore = backupsFolder();
        try (Database db = Database.open(file, clock)) {
            BackupService service = new BackupService(new Backups(file, 10, clock), Optional.of(db), clock);
            assertThatThrownBy(() -> service.restore(bad, p -> {}))
                    .isInstanceOf(PersistenceException.class)
                    .hasMessageContaining(bad.file().getFileName() + " cannot be restored: " + why)
                    .hasMessageContaining("Nothing was changed");
            assertThat(new SqlitePlanRepository(db).findAll()).hasSize(120);
        }
        // No "before restore" copy of a restore that never happened, and no -wal/-shm beside the bad one.
        assertThat(backupsFolder()).isEqualTo(folderBefore);
    }

    private void assertRefusedInPlaceOfDamaged(Backup bad, String why) throws Exception {
        Files.writeString(file, "garbage, not a database");
        Files.deleteIfExists(dir.resolve("db.db-wal"));
        Files.deleteIfExists(dir.resolve("db.db-shm"));
        byte[] damaged = Files.readAllBytes(file);
        assertThatThrownBy(() -> new Backups(file, 10, clock).restoreInPlaceOfDamaged(bad, p -> {}))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("cannot be restored: " + why);
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("db.db", "backups");
        }
    }

    @Test
    void aBackupWithDamagedPagesIsRefused() throws Exception {
        Backup bad = planted("db-20261207-000000-000-manual.db");
        byte[] noise = new byte[3 * 4096];
        new Random(7).nextBytes(noise);
        try (RandomAccessFile raf = new RandomAccessFile(bad.file().toFile(), "rw")) {
            assertThat(raf.length()).isGreaterThan(13 * 4096L);
            raf.seek(10 * 4096L);
            raf.write(noise);
        }
        assertRefusedIntoOpenDatabase(bad, "it is damaged or incomplete");
        assertRefusedInPlaceOfDamaged(bad, "it is damaged or incomplete");
    }

    @Test
    void aBackupCutShortIsRefused() throws Exception {
        Backup bad = planted("db-20261207-000000-000-manual.db");
        byte[] all = Files.readAllBytes(bad.file());
        Files.write(bad.file(), Arrays.copyOf(all, 50_000));
        assertRefusedIntoOpenDatabase(bad, "it is damaged or incomplete");
        assertRefusedInPlaceOfDamaged(bad, "it is damaged or incomplete");
    }

    @Test
    void anotherProgramsDatabaseIsRefused() throws Exception {
        Path other = dir.resolve("backups").resolve("db-20261208-000000-000-manual.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + other);
                Statement st = c.createStatement()) {
            st.executeUpdate("create table t(x)");
        }
        Backup bad = new Backup(other, Instant.parse("2026-12-08T00:00:00Z"), Files.size(other), Backup.MANUAL);
        assertRefusedIntoOpenDatabase(bad, "it is not an Ascent database");
        assertRefusedInPlaceOfDamaged(bad, "it is not an Ascent database");
    }

    @Test
    void aBackupOfANewerAscentIsRefused() throws Exception {
        Backup bad = planted("db-20261207-000000-000-manual.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + bad.file());
                Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA user_version = 999");
        }
        assertRefusedIntoOpenDatabase(bad, "it was made by a newer version of Ascent");
    }

    @Test
    void junkAndEmptyFilesAreRefused() throws Exception {
        Backup junk = planted("db-20261207-000000-000-daily.db");
        Files.writeString(junk.file(), "junk\n");
        assertRefusedIntoOpenDatabase(junk, "it is damaged or incomplete");
        Files.write(junk.file(), new byte[0]);
        assertRefusedIntoOpenDatabase(junk, "it is empty");
    }

    @Test
    void aRestoreInPlaceLeavesTheUsersOwnRestoringFileAlone() throws Exception {
        Path users = dir.resolve("db.db.restoring");
        Files.writeString(users, "my notes, not Ascent's");
        Files.writeString(file, "garbage, not a database");
        Files.deleteIfExists(dir.resolve("db.db-wal"));
        Files.deleteIfExists(dir.resolve("db.db-shm"));

        new Backups(file, 10, clock).restoreInPlaceOfDamaged(good, p -> {});

        assertThat(Files.readString(users)).isEqualTo("my notes, not Ascent's");
        try (Database db = Database.open(file, clock)) {
            assertThat(new SqlitePlanRepository(db).findAll()).hasSize(120);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("db.db.restoring-"));
        }
    }
}
