package io.ascent.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.PlanDraft;
import io.ascent.persistence.sqlite.Backups;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.service.BackupService;
import io.ascent.text.I18n;
import io.ascent.ui.RecordingDialogs;
import io.ascent.ui.SameThreadTaskRunner;
import io.ascent.ui.Waits;
import io.ascent.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsViewModelTest {

    private static final TaskRunner SAME_THREAD = new SameThreadTaskRunner();

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> restored = new ArrayList<>();
    private Database db;
    private BackupsViewModel model;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.ENGLISH);
        db = Database.open(dir.resolve("ascent.db"));
        Clock clock = Clock.systemDefaultZone();
        model = new BackupsViewModel(
                new BackupService(Backups.beside(db.file(), clock), Optional.of(db), clock),
                SAME_THREAD,
                dialogs,
                restored::add);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> planNames() {
        return new SqlitePlanRepository(db)
                .findAll().stream().map(p -> p.name()).toList();
    }

    private void createPlan(String name) {
        new SqlitePlanRepository(db)
                .create(
                        new PlanDraft(name, "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                        Instant.now());
    }

    @Test
    void backingUpNowAddsTheBackupToTheListAndSaysWhere() {
        model.backUpNow();

        assertThat(model.backups())
                .singleElement()
                .satisfies(b -> assertThat(b.reason()).isEqualTo("manual"));
        assertThat(model.selectedProperty().get()).isEqualTo(model.backups().get(0));
        assertThat(model.messageProperty().get()).startsWith("Backed up as ascent.db.");
    }

    @Test
    void restoringAsksFirstAndDoesNothingWhenTheUserSaysNo() {
        createPlan("Road");
        model.backUpNow();
        createPlan("Newer");
        dialogs.confirmAnswer = false;

        model.restoreSelected();

        assertThat(dialogs.asked).singleElement().asString().contains("Replace your plans with the backup of");
        assertThat(planNames()).containsExactly("Newer", "Road");
        assertThat(restored).isEmpty();
    }

    @Test
    void restoringPutsTheBackedUpPlansBackAndReopens() throws Exception {
        createPlan("Road");
        model.backUpNow();
        createPlan("Newer");
        dialogs.confirmAnswer = true;

        model.restoreSelected();

        assertThat(planNames()).containsExactly("Road");
        assertThat(restored).singleElement().asString().startsWith("Restored the backup of");
        // Progress reaches the property through Platform.runLater once another test has started JavaFX.
        Waits.untilHolds(
                "the progress to reach 100%", () -> model.progressProperty().get() == 1.0);
        assertThat(model.busyProperty().get()).isFalse();
    }
}
