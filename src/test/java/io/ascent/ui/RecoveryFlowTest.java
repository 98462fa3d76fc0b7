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
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A damaged database opens to a screen that says so, and restoring the newest backup brings the plan back. */
class RecoveryFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private void start(Path db) throws Exception {
        stage = running.start(() -> new AscentApp(db) {
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
        Waits.until(() -> showing("#restoreNewestButton"));
        assertThat(robot.lookup("#recoveryTitle").queryAs(Label.class).getText())
                .isEqualTo("Your plans file is damaged");
        assertThat(robot.lookup("#startupError").queryAs(Label.class).getText()).contains("ascent.db", "is damaged");
        assertThat(robot.lookup("#restoreNewestButton").queryButton().getText())
                .startsWith("Restore the newest backup (");
        screenshots(robot.lookup("#recoveryView").query(), "recovery-corrupt");

        // when: the user restores the newest backup
        robot.clickOn("#restoreNewestButton");

        // then: the plan is back, and the damaged file is kept aside byte for byte
        Waits.until(() -> stage.getTitle().equals("Ascent \u2014 Road to Senior PM"));
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
        Waits.until(() -> robot.lookup("#statusLabel")
                .tryQuery()
                .map(n -> ((Label) n).getText().contains("The damaged file is kept as ascent.db.damaged-"))
                .orElse(false));
    }

    @Test
    void aFileWithoutBackupsOffersNoRestoreButANewDatabase() throws Exception {
        Path db = Files.writeString(dir.resolve("ascent.db"), "These are my notes, not a database.\n");

        start(db);
        Waits.until(() -> showing("#startNewButton"));

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
        Waits.until(() -> stage.getTitle().startsWith("Ascent \u2014 "));

        robot.clickOn("File").clickOn("Restore from backup...");
        Waits.until(() -> showing("#backupList")
                && !robot.lookup("#backupList")
                        .queryAs(ListView.class)
                        .getItems()
                        .isEmpty());
        screenshots(robot.lookup("#backupsView").query(), "restore-dialog");
        Button restore = robot.lookup("#restoreBackupButton").queryButton();
        assertThat(restore.isDisabled()).isFalse();

        robot.clickOn(restore);

        Waits.until(() -> !showing("#backupList") && stage.getTitle().equals("Ascent \u2014 Road to Senior PM"));
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
            Waits.until(() -> showing("#tryAgainButton"));

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

        Waits.until(() -> stage.getTitle().startsWith("Ascent"));
        Waits.until(() -> showing("#setupName"));
    }

    @Test
    void theDailyBackupIsMadeInTheBackgroundAfterTheWindowShows() throws Exception {
        Path db = dir.resolve("ascent.db");
        try (Database database = Database.open(db)) {
            createPlan(database, "Road to Senior PM");
        }
        Path backups = dir.resolve("backups");
        String planTitle = "Ascent \u2014 Road to Senior PM";
        // What the backups folder held at the moment the window first showed the plan.
        List<List<Path>> whenShown = new ArrayList<>();
        ChangeListener<String> onTitle = (obs, old, title) -> {
            if (planTitle.equals(title) && whenShown.isEmpty()) {
                whenShown.add(dailyBackups(backups));
            }
        };
        Stage primary = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            // The stage is shared by the UI tests: clear a title an earlier test's app left bound.
            primary.titleProperty().unbind();
            primary.setTitle("");
            primary.titleProperty().addListener(onTitle);
        });
        try {
            start(db);
            Waits.until(() -> stage.getTitle().equals(planTitle));

            Waits.until(() -> !dailyBackups(backups).isEmpty());
        } finally {
            robot.interact(() -> primary.titleProperty().removeListener(onTitle));
        }

        assertThat(whenShown).as("the window showed the plan").hasSize(1);
        assertThat(whenShown.get(0)).as("daily backups when the window showed").isEmpty();
        assertThat(dailyBackups(backups)).hasSize(1);
    }

    private static List<Path> dailyBackups(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(
                            p -> p.getFileName().toString().matches("ascent\\.db\\.\\d{8}-\\d{6}-\\d{3}-daily\\.db"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        Waits.until(() -> showing("#restoreNewestButton"));
        assertThat(robot.lookup("#recoveryTitle").queryAs(Label.class).getText())
                .isEqualTo("Your plans file is missing or empty");
        assertThat(robot.lookup("#startupError").queryAs(Label.class).getText())
                .contains("ascent.db", "missing or empty");
        assertThat(Files.exists(db)).isFalse();
        screenshots(robot.lookup("#recoveryView").query(), "recovery-missing");

        robot.clickOn("#restoreNewestButton");

        Waits.until(() -> stage.getTitle().equals("Ascent \u2014 Road to Senior PM"));
        Waits.until(() -> robot.lookup("#statusLabel")
                .tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Restored the backup of"))
                .orElse(false));
    }
}
