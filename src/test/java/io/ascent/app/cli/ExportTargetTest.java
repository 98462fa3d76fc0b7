package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An export writes only where it may: never over the open database, its -wal or -shm, or its
 * backups; never over anything but a regular file; through a link to the linked file; over an
 * existing file only with --force. Refused, it leaves everything as it was and exits 1.
 */
class ExportTargetTest {

    private static final String PLAN = "Road to Senior PM";

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void planWithABackup() {
        cli = new CliRunner(dir.resolve("ascent.db"));
        CliRunner.Result created = cli.createPlan(PLAN);
        assertThat(created.code()).as(created.err()).isZero();
    }

    private CliRunner.Result export(Path target, String... more) {
        String[] args = {"plan", "export", PLAN, "--format", "json", "--out", target.toString()};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return cli.cmd(all);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anExportNeverReplacesTheDatabaseItWasReadFrom(boolean force) throws Exception {
        byte[] before = Files.readAllBytes(cli.db());

        CliRunner.Result result = force ? export(cli.db(), "--force") : export(cli.db());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errLine()).contains("it is Ascent's database");
        assertThat(Files.readAllBytes(cli.db())).isEqualTo(before);
        assertThat(cli.cmd("plan", "list").out()).contains(PLAN);
    }

    @Test
    void anExportNeverWritesTheWalNorIntoTheBackupsFolder() throws Exception {
        Path backups = Files.createDirectories(dir.resolve("backups"));
        Path backup = Files.writeString(backups.resolve("ascent-20261128-210512-123-daily.db"), "a backup");

        CliRunner.Result wal = export(dir.resolve("ascent.db-wal"), "--force");
        CliRunner.Result shm = export(dir.resolve("ascent.db-shm"), "--force");
        CliRunner.Result intoBackups = export(backup, "--force");
        CliRunner.Result newInBackups = export(backups.resolve("plan.json"));

        assertThat(wal.code()).isEqualTo(1);
        assertThat(shm.code()).isEqualTo(1);
        assertThat(intoBackups.code()).isEqualTo(1);
        assertThat(newInBackups.code()).isEqualTo(1);
        assertThat(intoBackups.errLine()).contains("one of its backups");
        assertThat(Files.readString(backup)).isEqualTo("a backup");
        assertThat(backups.resolve("plan.json")).doesNotExist();
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws Exception {
        Path target = Files.writeString(dir.resolve("plan.json"), "my own notes");

        CliRunner.Result refused = export(target);
        String kept = Files.readString(target);
        CliRunner.Result forced = export(target, "--force");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.errLine()).contains(target + " already exists. Add --force to replace it");
        assertThat(kept).isEqualTo("my own notes");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(target)).contains("\"kind\" : \"ascent-plan\"");
    }

    @Test
    void anExportThroughALinkWritesTheLinkedFileAndKeepsTheLink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);

        CliRunner.Result result = export(link, "--force");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("ascent-plan");
    }

    @Test
    void aLinkToTheDatabaseIsRefusedToo() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("innocent.json"), cli.db());
        byte[] before = Files.readAllBytes(cli.db());

        CliRunner.Result result = export(link, "--force");

        assertThat(result.code()).isEqualTo(1);
        assertThat(Files.readAllBytes(cli.db())).isEqualTo(before);
    }

    @Test
    void aFileWithASecondNameIsNotSplitFromIt() throws Exception {
        Path target = Files.writeString(dir.resolve("plan.json"), "shared");
        Path other = Files.createLink(dir.resolve("other-name.json"), target);

        CliRunner.Result result = export(target, "--force");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errLine()).contains("has 2 names (hard links)");
        assertThat(Files.readString(other)).isEqualTo("shared");
        assertThat(Files.isSameFile(target, other)).isTrue();
    }

    // A device is refused by the same rule as a pipe. The test makes its own pipe: run against a
    // build without the rule, a test aimed at /dev/null would replace the machine's /dev/null.
    @Test
    void aPipeIsNotReplacedByAFile() throws Exception {
        Path fifo = dir.resolve("plan.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is needed");

        CliRunner.Result result = export(fifo, "--force");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errLine()).contains("it is not a regular file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aFolderIsNamedAsSuch() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exports"));

        CliRunner.Result result = export(folder, "--force");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errLine()).contains("it is a folder");
    }
}
