package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.storage.Backup;
import io.ascent.persistence.sqlite.Backups;
import io.ascent.persistence.sqlite.DamagedDatabases;
import io.ascent.persistence.sqlite.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the command line must not work in: a damaged database, a lost database's leftover -wal, a
 * backup given as the database, a path with no database. Each stops every command with exit 1 and
 * a message whose way out is a command the CLI has, and leaves the files as they were.
 */
class ProblemFilesCliTest {

    private static final String PLAN = "Road to Senior PM";
    private static final String MILESTONE = "product-strategy.senior-pm.1";

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void planOnDisk() {
        cli = new CliRunner(dir.resolve("ascent.db"));
        CliRunner.Result created = cli.createPlan(PLAN);
        assertThat(created.code()).as(created.err()).isZero();
    }

    private Backup backup() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T21:05:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(cli.db())) {
            return Backups.beside(cli.db(), clock).create(db, Backup.MANUAL);
        }
    }

    @Test
    void aDamagedDatabaseGetsNoWriteAndIsNotReadAsIfItWereFine() throws Exception {
        backup();
        DamagedDatabases.damageALatePage(cli.db());
        String before = cli.checksum();

        CliRunner.Result tick = cli.cmd("milestone", "done", PLAN, MILESTONE, "--evidence", "Shipped");
        CliRunner.Result create = cli.createPlan("Another");
        CliRunner.Result show = cli.cmd("plan", "show", PLAN);

        for (CliRunner.Result result : new CliRunner.Result[] {tick, create, show}) {
            assertThat(result.code()).isEqualTo(1);
            assertThat(result.out()).isEmpty();
            assertThat(result.errLine())
                    .contains("is damaged", "ascent --db \"" + cli.db() + "\" backup restore")
                    .doesNotContain("File >", "kept as a backup too");
        }
        assertThat(cli.checksum()).isEqualTo(before);
    }

    @Test
    void aDamagedDatabaseIsReplacedByItsBackupWhichTheWindowsRecoveryWouldRestoreToo() throws Exception {
        Backup backup = backup();
        DamagedDatabases.damageALatePage(cli.db());
        byte[] damaged = Files.readAllBytes(cli.db());

        CliRunner.Result restored = cli.cmd("backup", "restore");
        CliRunner.Result list = cli.cmd("plan", "list");

        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("The damaged file is kept as ascent.db.damaged-");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains(PLAN);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("ascent.db.damaged-"))
                            .toList())
                    .singleElement()
                    .satisfies(kept -> assertThat(Files.readAllBytes(kept)).isEqualTo(damaged));
        }
        assertThat(backup.file()).exists();
    }

    @Test
    void aLeftoverWalOfALostDatabaseStopsEveryCommandAndIsLeftAsFound() throws Exception {
        byte[] wal;
        try (Database db = Database.open(cli.db())) {
            db.withConnection(c -> c.createStatement().executeUpdate("UPDATE plan SET name = 'Renamed in the WAL'"));
            wal = Files.readAllBytes(Path.of(cli.db() + "-wal"));
        }
        // The database file is lost (a sync tool, a mistaken delete); its WAL is still there.
        Files.delete(cli.db());
        Files.deleteIfExists(Path.of(cli.db() + "-shm"));
        Files.write(Path.of(cli.db() + "-wal"), wal);

        CliRunner.Result list = cli.cmd("plan", "list");
        CliRunner.Result create = cli.createPlan("New");

        assertThat(list.code()).isEqualTo(1);
        assertThat(list.errLine()).contains("ascent.db-wal beside it still holds changes");
        assertThat(create.code()).isEqualTo(1);
        assertThat(cli.db()).doesNotExist();
        assertThat(Files.readAllBytes(Path.of(cli.db() + "-wal"))).isEqualTo(wal);
    }

    @Test
    void aBackupGivenAsTheDatabaseIsRefusedWithTheCommandThatRestoresIt() throws Exception {
        Backup backup = backup();
        byte[] before = Files.readAllBytes(backup.file());

        CliRunner.Result list = cli.run("--db", backup.file().toString(), "plan", "list");
        CliRunner.Result tick = cli.run("--db", backup.file().toString(), "milestone", "done", PLAN, MILESTONE);

        assertThat(list.code()).isEqualTo(1);
        assertThat(list.errLine())
                .contains("is one of Ascent's backups of " + cli.db())
                .contains("ascent --db \"" + cli.db() + "\" backup restore \"" + backup.file() + "\"");
        assertThat(tick.code()).isEqualTo(1);
        assertThat(Files.readAllBytes(backup.file())).isEqualTo(before);
    }

    @Test
    void backupListShowsTheBackupsAndRestoreOfAnOpenDatabaseKeepsItsPlansAsABackup() {
        Backup backup = backup();
        cli.cmd("milestone", "done", PLAN, MILESTONE);

        CliRunner.Result list = cli.cmd("backup", "list");
        CliRunner.Result restore =
                cli.cmd("backup", "restore", backup.file().getFileName().toString());
        CliRunner.Result show = cli.cmd("plan", "show", PLAN, "--milestones");
        CliRunner.Result listAfter = cli.cmd("backup", "list");

        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out())
                .contains("ascent.db.20261128-210500-000-manual.db", "made by you", "ascent backup restore");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Your plans as they were are kept as the backup");
        assertThat(show.out()).contains("[ ] " + MILESTONE);
        assertThat(listAfter.out()).contains("before a restore");
    }

    @Test
    void aBackupOfAnotherDatabaseIsNotRestored() throws Exception {
        backup();
        Path stranger = Files.writeString(dir.resolve("stranger.db"), "not ours");

        CliRunner.Result result = cli.cmd("backup", "restore", stranger.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errLine()).contains("is not one of the backups in", "ascent backup list");
    }

    @Test
    void aReadCommandOnAMistypedPathCreatesNothingAndSaysWhereItLooked() {
        Path typo = dir.resolve("no-such-folder").resolve("ascent.db");

        CliRunner.Result list = cli.run("--db", typo.toString(), "plan", "list");
        CliRunner.Result show = cli.run("--db", dir.resolve("asent.db").toString(), "plan", "show", PLAN);

        assertThat(list.code()).isEqualTo(1);
        assertThat(list.errLine())
                .contains("There is no database at " + typo + " (the folder " + typo.getParent() + " does not exist)")
                .contains("add --create");
        assertThat(typo.getParent()).doesNotExist();
        assertThat(show.code()).isEqualTo(1);
        assertThat(dir.resolve("asent.db")).doesNotExist();
    }

    @Test
    void createMakesTheDatabaseWhenAskedFor() {
        Path fresh = dir.resolve("fresh").resolve("plans.db");

        CliRunner.Result list = cli.run("--db", fresh.toString(), "plan", "list", "--create");

        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("No plans yet");
        assertThat(fresh).exists();
    }

    @Test
    void anEmptyDatabasePathIsMisuse() {
        CliRunner.Result result = cli.run("--db", "", "plan", "list");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.errLine()).contains("--db needs a file path");
    }
}
