package io.ascent.app;

import static io.ascent.app.ChildCli.args;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.PlanDraft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A database the user may read but not write, and one they may not read, seen by a user without
 * privileges (nobody, when the tests run as root as they do on CI: root may write anything, so the
 * checks could not be seen otherwise).
 */
class UnprivilegedUserTest {

    private Path folder;
    private Path db;
    private Path out;

    @BeforeEach
    void databaseWithAPlan() throws Exception {
        assumeTrue(ChildCli.unprivilegedAvailable(), "setpriv is needed to drop root's privileges");
        folder = ChildCli.sharedFolder("ascent-readonly");
        out = ChildCli.sharedFolder("ascent-out");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxrwxrwx"));
        db = folder.resolve("ascent.db");
        try (AppContext app = AppContext.open(db, Clock.systemDefaultZone())) {
            app.plans()
                    .create(new PlanDraft(
                            "Road to Senior PM", "pm-default", "pm", "senior-pm", "growth", Optional.empty()));
        }
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    }

    @AfterEach
    void cleanUp() {
        ChildCli.deleteTree(folder);
        ChildCli.deleteTree(out);
    }

    @Test
    void aDatabaseTheUserMayNotWriteIsStillListedShownAndExportedButNeverWritten() throws Exception {
        byte[] before = Files.readAllBytes(db);
        Path exported = out.resolve("plan.md");

        ChildCli.Result list = ChildCli.unprivileged(args("--db", db.toString(), "plan", "list"));
        ChildCli.Result show = ChildCli.unprivileged(args("--db", db.toString(), "plan", "show", "Road to Senior PM"));
        ChildCli.Result export = ChildCli.unprivileged(args(
                "--db",
                db.toString(),
                "plan",
                "export",
                "Road to Senior PM",
                "--format",
                "md",
                "--out",
                exported.toString()));
        ChildCli.Result tick = ChildCli.unprivileged(
                args("--db", db.toString(), "milestone", "done", "Road to Senior PM", "product-strategy.senior-pm.1"));

        assertThat(list.code()).as(list.err()).isZero();
        // PM -> Senior PM in Growth: 21 competencies at Senior PM, each "2 of 3": 42 needed.
        assertThat(list.out()).contains("Road to Senior PM", "0% (0 of 42)");
        assertThat(list.err()).contains("Opened for reading only", "is read-only for you");
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("Gaps (biggest first)");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readString(exported)).contains("Road to Senior PM");
        assertThat(tick.code()).isEqualTo(1);
        assertThat(tick.err())
                .contains("is read-only for you", "Nothing was changed", "Commands that only read")
                .doesNotContain("Exception");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(folder.resolve("ascent.db-wal")).doesNotExist();
    }

    @Test
    void aDatabaseTheUserMayNotReadIsSaidToBeUnreadable() throws Exception {
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("---------"));

        ChildCli.Result list = ChildCli.unprivileged(args("--db", db.toString(), "plan", "list"));

        assertThat(list.code()).isEqualTo(1);
        assertThat(list.err().strip())
                .isEqualTo("ascent: " + db + " cannot be read by you (the file or its folder "
                        + "does not allow it). Nothing was changed.");
    }

    @Test
    void exportingIntoAFolderTheUserMayNotWriteFailsAndSaysWhy() throws Exception {
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path target = out.resolve("plan.md");

        ChildCli.Result export = ChildCli.unprivileged(args(
                "--db",
                db.toString(),
                "plan",
                "export",
                "Road to Senior PM",
                "--format",
                "md",
                "--out",
                target.toString()));

        assertThat(export.code()).isEqualTo(1);
        assertThat(export.err()).contains("Cannot write", "permission denied").doesNotContain("Exception");
        assertThat(target).doesNotExist();
    }
}
