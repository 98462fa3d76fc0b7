package io.ascent.app;

import static io.ascent.app.ChildCli.args;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.PlanDraft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and read-only media, staged for real where the machine allows it: the command line
 * runs in a private mount namespace ({@code unshare -rm}) on a tmpfs filled to the last byte, or
 * on a read-only bind mount of the database's folder. Where namespaces are not allowed the test
 * is skipped; the error mapping itself is tested with SQLite's result codes in DatabaseProblemTest.
 */
class StagedDiskTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void databaseWithAPlan() {
        assumeTrue(namespacesWork(), "unshare -rm (user and mount namespaces) is not allowed here");
        db = dir.resolve("ascent.db");
        try (AppContext app = AppContext.open(db, Clock.systemDefaultZone())) {
            app.plans()
                    .create(new PlanDraft(
                            "Road to Senior PM", "pm-default", "pm", "senior-pm", "growth", Optional.empty()));
        }
    }

    private static boolean namespacesWork() {
        try {
            Process p = new ProcessBuilder("unshare", "-rm", "true").start();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void onAFullDiskReadsStillWorkAndAWriteSaysTheDiskIsFull() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("full"));
        Path there = mount.resolve("ascent.db");
        String setup = "mount -t tmpfs -o size=1m tmpfs " + mount + " && cp " + db + " " + there
                + " && (dd if=/dev/zero of=" + mount.resolve("filler") + " bs=4k 2>/dev/null || true)";

        ChildCli.Result list =
                ChildCli.inShell(List.of("unshare", "-rm"), setup, args("--db", there.toString(), "plan", "list"));
        ChildCli.Result tick = ChildCli.inShell(
                List.of("unshare", "-rm"),
                setup + " && sha256sum " + there + " >&2",
                args(
                        "--db",
                        there.toString(),
                        "milestone",
                        "done",
                        "Road to Senior PM",
                        "product-strategy.senior-pm.1"));

        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("Road to Senior PM");
        assertThat(list.err()).contains("Opened for reading only", "is full").doesNotContain("SQLITE_");
        assertThat(tick.code()).isEqualTo(1);
        assertThat(tick.err())
                .contains("The disk holding " + there + " is full: free some space", "Nothing was changed")
                .doesNotContain("SQLITE_", "xShmMap");
    }

    @Test
    void onReadOnlyMediaReadsWorkAndAWriteIsRefusedWithTheReason() throws Exception {
        String setup = "mount --bind " + dir + " " + dir + " && mount -o remount,ro,bind " + dir;
        byte[] before = Files.readAllBytes(db);

        ChildCli.Result list =
                ChildCli.inShell(List.of("unshare", "-rm"), setup, args("--db", db.toString(), "plan", "list"));
        ChildCli.Result tick = ChildCli.inShell(
                List.of("unshare", "-rm"),
                setup,
                args("--db", db.toString(), "milestone", "done", "Road to Senior PM", "product-strategy.senior-pm.1"));

        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("Road to Senior PM");
        assertThat(tick.code()).isEqualTo(1);
        assertThat(tick.err()).contains("is read-only for you", "Nothing was changed", "Commands that only read");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }
}
