package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.sqlite.Backups;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.FxDialogService;
import io.ascent.ui.shell.Themes;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A damaged database opens to a screen that says so, and restoring the newest backup brings the plan back. */
class RecoveryFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private AscentApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    private void start(Path db) throws Exception {
        stage = AppFixture.freshStage();
        app = (AscentApp) FxToolkit.setupApplication(() -> new AscentApp(db) {
            @Override
            protected DialogService dialogs(Stage owner) {
                return new FxDialogService(owner, getHostServices()) {
                    @Override
                    public boolean confirm(String title, String message, String confirmLabel) {
                        return true;
                    }
                };
            }
        });
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean showing(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private void screenshots(Node node, String name) {
        robot.interact(() -> {
            Screenshots.save(node.getScene(), name);
            Themes.apply(node.getScene(), true);
            Screenshots.save(node.getScene(), name + "-dark");
            Themes.apply(node.getScene(), false);
        });
    }

    private static void createPlan(Database db, String name) {
        new SqlitePlanRepository(db)
                .create(
                        new PlanDraft(name, "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                        Instant.now());
    }

    @Test
    void aDamagedDatabaseIsRestoredFromTheNewestBackupAndKeptAside() throws Exception {
        Path db = dir.resolve("ascent.db");
        try (Database database = Database.open(db)) {
            createPlan(database, "Road to Senior PM");
            Backups.beside(db, Clock.systemDefaultZone()).create(database, "daily");
        }
        try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "rw")) {
            raf.seek(100);
            raf.write(new byte[3000]);
        }
        byte[] damaged = Files.readAllBytes(db);

        start(db);
        waitUntil(() -> showing("#restoreNewestButton"));
        assertThat(robot.lookup("#recoveryTitle").queryAs(Label.class).getText())
                .isEqualTo("Your plans file is damaged");
        assertThat(robot.lookup("#startupError").queryAs(Label.class).getText()).contains("ascent.db", "is damaged");
        assertThat(robot.lookup("#restoreNewestButton").queryButton().getText())
                .startsWith("Restore the newest backup (");
        screenshots(robot.lookup("#recoveryView").query(), "recovery-corrupt");

        // when: the user restores the newest backup
        robot.clickOn("#restoreNewestButton");

        // then: the plan is back, and the damaged file is kept aside byte for byte
        waitUntil(() -> stage.getTitle().equals("Ascent \u2014 Road to Senior PM"));
        List<Path> aside;
        try (Stream<Path> files = Files.list(dir)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("ascent.db.damaged-"))
                    .toList();
        }
        // The file is kept byte for byte, with the (empty) -wal and -shm that reading it made.
        assertThat(aside)
                .filteredOn(p -> !p.getFileName().toString().endsWith("-wal")
                        && !p.getFileName().toString().endsWith("-shm"))
                .singleElement()
                .satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(damaged));
        waitUntil(() -> robot.lookup("#statusLabel")
                .tryQuery()
                .map(n -> ((Label) n).getText().contains("The damaged file is kept as ascent.db.damaged-"))
                .orElse(false));
    }

    @Test
    void aFileWithoutBackupsOffersNoRestoreButANewDatabase() throws Exception {
        Path db = Files.writeString(dir.resolve("ascent.db"), "These are my notes, not a database.\n");

        start(db);
        waitUntil(() -> showing("#startNewButton"));

        assertThat(robot.lookup("#recoveryTitle").queryAs(Label.class).getText())
                .isEqualTo("This file is not an Ascent database");
        assertThat(showing("#restoreNewestButton")).isFalse();
        assertThat(showing("#openOtherButton")).isTrue();
        assertThat(showing("#quitButton")).isTrue();
        screenshots(robot.lookup("#recoveryView").query(), "recovery-not-sqlite");
        assertThat(Files.readString(db)).isEqualTo("These are my notes, not a database.\n");
    }

    @Test
    void restoringFromTheFileMenuPutsTheBackedUpPlansBack() throws Exception {
        Path db = dir.resolve("ascent.db");
        try (Database database = Database.open(db)) {
            createPlan(database, "Road to Senior PM");
            Backups.beside(db, Clock.systemDefaultZone()).create(database, "manual");
            createPlan(database, "Added after the backup");
        }
        start(db);
        waitUntil(() -> stage.getTitle().startsWith("Ascent \u2014 "));

        robot.clickOn("File").clickOn("Restore from backup...");
        waitUntil(() -> showing("#backupList")
                && !robot.lookup("#backupList")
                        .queryAs(ListView.class)
                        .getItems()
                        .isEmpty());
        screenshots(robot.lookup("#backupsView").query(), "restore-dialog");
        Button restore = robot.lookup("#restoreBackupButton").queryButton();
        assertThat(restore.isDisabled()).isFalse();

        robot.clickOn(restore);

        waitUntil(() -> !showing("#backupList") && stage.getTitle().equals("Ascent \u2014 Road to Senior PM"));
        try (Database database = Database.open(db)) {
            assertThat(new SqlitePlanRepository(database).findAll())
                    .extracting(p -> p.name())
                    .containsExactly("Road to Senior PM");
        }
    }

    @Test
    void aLockedFileIsExplainedInChineseWithTryAgain() throws Exception {
        Path db = dir.resolve("ascent.db");
        Database.open(db).close();
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        try (var other = DriverManager.getConnection("jdbc:sqlite:" + db);
                var st = other.createStatement()) {
            st.execute("PRAGMA locking_mode = EXCLUSIVE");
            st.execute("BEGIN EXCLUSIVE");
            start(db);
            waitUntil(() -> showing("#tryAgainButton"));

            assertThat(robot.lookup("#recoveryTitle").queryAs(Label.class).getText())
                    .isEqualTo("其他程序正在使用此文件");
            assertThat(showing("#restoreNewestButton")).isFalse();
            screenshots(robot.lookup("#recoveryView").query(), "recovery-locked-zh");
            st.execute("ROLLBACK");
        } finally {
            I18n.setLocale(Locale.ENGLISH);
        }

        // when: the other program has let go and the user tries again
        robot.clickOn("#tryAgainButton");

        waitUntil(() -> stage.getTitle().startsWith("Ascent"));
        waitUntil(() -> showing("#setupName"));
    }

    @Test
    void theDailyBackupIsMadeInTheBackgroundAfterTheWindowShows() throws Exception {
        Path db = dir.resolve("ascent.db");
        try (Database database = Database.open(db)) {
            createPlan(database, "Road to Senior PM");
        }

        start(db);
        waitUntil(() -> stage.getTitle().equals("Ascent \u2014 Road to Senior PM"));

        Path backups = dir.resolve("backups");
        waitUntil(() -> {
            if (!Files.isDirectory(backups)) {
                return false;
            }
            try (Stream<Path> files = Files.list(backups)) {
                return files.anyMatch(
                        p -> p.getFileName().toString().matches("ascent\\.db\\.\\d{8}-\\d{6}-\\d{3}-daily\\.db"));
            }
        });
    }

    @Test
    void aMissingFileWithBackupsOpensToRecoveryAndTheNewestBackupBringsThePlansBack() throws Exception {
        Path db = dir.resolve("ascent.db");
        try (Database database = Database.open(db)) {
            createPlan(database, "Road to Senior PM");
            Backups.beside(db, Clock.systemDefaultZone()).create(database, "daily");
        }
        Files.delete(db);

        start(db);
        waitUntil(() -> showing("#restoreNewestButton"));
        assertThat(robot.lookup("#recoveryTitle").queryAs(Label.class).getText())
                .isEqualTo("Your plans file is missing or empty");
        assertThat(robot.lookup("#startupError").queryAs(Label.class).getText())
                .contains("ascent.db", "missing or empty");
        assertThat(Files.exists(db)).isFalse();
        screenshots(robot.lookup("#recoveryView").query(), "recovery-missing");

        robot.clickOn("#restoreNewestButton");

        waitUntil(() -> stage.getTitle().equals("Ascent \u2014 Road to Senior PM"));
        waitUntil(() -> robot.lookup("#statusLabel")
                .tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Restored the backup of"))
                .orElse(false));
    }
}
