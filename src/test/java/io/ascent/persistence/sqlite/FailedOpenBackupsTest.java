package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ascent.domain.storage.Backup;
import io.ascent.domain.storage.DatabaseProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a database that needs a migration and failing (another program holds it, the migration
 * fails half-way) must never cost a backup: at most one pre-migration copy per state of the file,
 * and pre-migration copies never push daily or manual backups out.
 */
class FailedOpenBackupsTest {

    private static final Instant DAY_ONE = Instant.parse("2026-11-01T09:00:00Z");

    @TempDir
    Path dir;

    private Path file;
    private final List<Path> earlier = new ArrayList<>();

    @BeforeEach
    void olderDatabaseWithTenDailyBackups() throws Exception {
        file = dir.resolve("ascent.db");
        try (Connection c = OldDatabases.atVersion(file, OldDatabases.BEFORE_NAME_KEYS, true)) {
            insertPlan(c, "Road");
            for (int day = 0; day < Backups.DEFAULT_KEEP; day++) {
                Clock clock = Clock.fixed(DAY_ONE.plus(Duration.ofDays(day)), ZoneOffset.UTC);
                earlier.add(new Backups(file, Backups.DEFAULT_KEEP, clock)
                        .create(c, Backup.DAILY)
                        .file());
            }
        }
    }

    /** The time of attempt {@code n}: a minute after the one before, a month after the first daily backup. */
    private static Clock afterTheDailies(int n) {
        return Clock.fixed(DAY_ONE.plus(Duration.ofDays(30)).plus(Duration.ofMinutes(n)), ZoneOffset.UTC);
    }

    private static void insertPlan(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO plan (name, framework_id, current_level, target_level, specialization, "
                    + "created_at, updated_at) VALUES ('" + name + "', 'pm-default', 'pm', 'senior-pm', 'growth', "
                    + "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        }
    }

    private List<Backup> backups() {
        return Backups.beside(file, Clock.systemUTC()).list();
    }

    @Test
    void twelveOpensWhileAnotherProgramHoldsTheFileLeaveEveryEarlierBackup() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            ExecutorService pool = Executors.newFixedThreadPool(12);
            List<Future<Throwable>> opens = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                opens.add(pool.submit(() -> catchThrowable(() -> Database.open(file, Clock.systemUTC()))));
            }
            for (Future<Throwable> open : opens) {
                failures.add(open.get());
            }
            pool.shutdown();
            st.execute("ROLLBACK");
        }

        assertThat(failures)
                .allSatisfy(e -> assertThat(e)
                        .isInstanceOfSatisfying(
                                DatabaseUnusableException.class,
                                u -> assertThat(u.problem()).isEqualTo(DatabaseProblem.LOCKED)));
        assertThat(earlier).allMatch(Files::exists);
        assertThat(backups()).hasSize(Backups.DEFAULT_KEEP).noneMatch(Backup::beforeMigration);
    }

    @Test
    void twelveMigrationsThatFailAfterTheirBackupKeepOneCopyAndEveryEarlierBackup() throws Exception {
        // A migration that cannot finish: the index the next version creates is already there.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.execute("CREATE INDEX plan_name_key ON plan (name)");
        }

        for (int i = 0; i < 12; i++) {
            // A minute apart: a copy made on each attempt would get a name of its own.
            Clock attempt = afterTheDailies(i);
            assertThat(catchThrowable(() -> Database.open(file, attempt)))
                    .isInstanceOf(DatabaseUnusableException.class);
        }

        assertThat(earlier).allMatch(Files::exists);
        assertThat(backups()).filteredOn(Backup::beforeMigration).hasSize(1);
        assertThat(backups()).hasSize(Backups.DEFAULT_KEEP + 1);
    }

    @Test
    void aChangedFileGetsItsOwnCopyBeforeTheNextAttempt() throws Exception {
        Backup first = Backups.beside(file, afterTheDailies(0)).beforeMigration(Migrations.latestVersion());
        Backup same = Backups.beside(file, afterTheDailies(1)).beforeMigration(Migrations.latestVersion());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            insertPlan(c, "Made between two attempts");
        }
        Backup changed = Backups.beside(file, afterTheDailies(2)).beforeMigration(Migrations.latestVersion());

        assertThat(same.file()).isEqualTo(first.file());
        assertThat(changed.file()).isNotEqualTo(first.file());
        assertThat(backups()).filteredOn(Backup::beforeMigration).hasSize(2);
    }

    @Test
    void preMigrationBackupsAreCountedApartFromDailyOnes() {
        List<Backup> all = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            all.add(new Backup(dir.resolve("m" + i), DAY_ONE.plus(Duration.ofDays(20 - i)), 1, "before-v6"));
        }
        for (int i = 0; i < Backups.DEFAULT_KEEP; i++) {
            all.add(new Backup(dir.resolve("d" + i), DAY_ONE.plus(Duration.ofDays(10 - i)), 1, Backup.DAILY));
        }

        List<Backup> deleted = BackupRetention.toDelete(all, Backups.DEFAULT_KEEP);

        assertThat(deleted)
                .extracting(b -> b.file().getFileName().toString())
                .containsExactlyInAnyOrder("m5", "m6", "m7");
    }

    @Test
    void theBackupMadeBeforeProgressMovedToANewLadderEditionOutlivesTenDailyOnes() {
        List<Backup> all = new ArrayList<>();
        for (int i = 0; i < Backups.DEFAULT_KEEP; i++) {
            all.add(new Backup(dir.resolve("d" + i), DAY_ONE.plus(Duration.ofDays(30 - i)), 1, Backup.DAILY));
        }
        all.add(new Backup(dir.resolve("ladder"), DAY_ONE, 1, Backup.BEFORE_LADDER_UPDATE));

        assertThat(BackupRetention.toDelete(all, Backups.DEFAULT_KEEP)).isEmpty();
    }
}
