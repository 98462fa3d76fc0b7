package io.ascent.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.service.PlanFixture;
import io.ascent.service.PlanService;
import io.ascent.text.I18n;
import io.ascent.ui.RecordingDialogs;
import io.ascent.ui.SameThreadTaskRunner;
import io.ascent.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo and redo go through the service to the database, not just to the screen. */
class PlanSessionUndoTest {

    /** Runs work at once on the calling thread, as the tests' stand-in for the background worker. */
    private static final TaskRunner SAME_THREAD = new SameThreadTaskRunner();

    @TempDir
    Path dir;

    private PlanFixture app;
    private SqlitePlanRepository repository;
    private final StatusLine status = new StatusLine();
    private PlanSession session;
    private EditHistory history;
    private ProgressEdits edits;
    private long planA;
    private long planB;
    private String milestone;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.ENGLISH);
        app = PlanFixture.open(dir.resolve("ascent.db"), Clock.systemDefaultZone());
        repository = app.repository;
        PlanService plans = app.plans;
        planA = plans.create(new PlanDraft("A", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                .id();
        planB = plans.create(new PlanDraft("B", "pm-default", "pm", "director", "user-experience", Optional.empty()))
                .id();
        session = new PlanSession(plans, SAME_THREAD, status);
        history = new EditHistory(session, SAME_THREAD, status);
        edits = new ProgressEdits(
                session, plans, SAME_THREAD, status, history, new ConflictPrompt(new RecordingDialogs()));
        session.load(Optional.of(planA));
        milestone = session.current().orElseThrow().items().get(0).id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private MilestoneProgress stored(long planId) {
        return repository.progress(planId).getOrDefault(milestone, MilestoneProgress.todo(milestone));
    }

    @Test
    void undoingATickUnticksItInTheDatabaseAndRedoTicksItAgain() {
        edits.setStatus(milestone, MilestoneStatus.DONE);
        assertThat(stored(planA).isDone()).isTrue();

        history.undo();

        assertThat(stored(planA).status()).isEqualTo(MilestoneStatus.TODO);
        assertThat(session.current().orElseThrow().progressOf(milestone).isDone())
                .isFalse();
        assertThat(status.statusProperty().get()).startsWith("Undid: ticked \u201c");
        assertThat(history.canRedoProperty().get()).isTrue();

        history.redo();

        assertThat(stored(planA).isDone()).isTrue();
        assertThat(status.statusProperty().get()).startsWith("Redid: ticked \u201c");
    }

    @Test
    void undoRestoresEditedEvidenceAndTheStatusBeforeIt() {
        MilestoneProgress before = session.current().orElseThrow().progressOf(milestone);
        edits.setStatus(milestone, MilestoneStatus.IN_PROGRESS);
        edits.saveProgress(
                session.current().orElseThrow().progressOf(milestone).withEvidence("Draft shared"),
                "edited the evidence of the first milestone");

        history.undo();
        assertThat(stored(planA).evidence()).isEmpty();
        assertThat(stored(planA).status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        assertThat(status.statusProperty().get()).isEqualTo("Undid: edited the evidence of the first milestone");

        history.undo();
        assertThat(stored(planA)).isEqualTo(before);
        assertThat(history.canUndoProperty().get()).isFalse();
    }

    @Test
    void openingAnotherPlanForgetsTheHistory() {
        edits.setStatus(milestone, MilestoneStatus.DONE);
        assertThat(history.canUndoProperty().get()).isTrue();

        session.open(planB);
        history.undo();

        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(stored(planA).isDone()).isTrue();
    }

    @Test
    void otherFeaturesCanPushTheirOwnActions() {
        StringBuilder log = new StringBuilder();
        history.perform(new UndoableAction() {
            @Override
            public String description() {
                return "rated 'Metrics' Senior PM";
            }

            @Override
            public void undo() {
                log.append("-undo");
            }

            @Override
            public void redo() {
                log.append("-do");
            }
        });

        history.undo();

        assertThat(log).hasToString("-do-undo");
        assertThat(status.statusProperty().get()).isEqualTo("Undid: rated 'Metrics' Senior PM");
    }

    @Test
    void aFailedSaveIsShownAndTheScreenGoesBack() {
        repository.delete(planA);

        edits.saveProgress(MilestoneProgress.todo(milestone).withEvidence("Lost?"), "edited the evidence");

        assertThat(status.errorProperty().get()).startsWith("Could not save the milestone");
        assertThat(session.current().orElseThrow().progressOf(milestone).evidence())
                .isEmpty();
    }

    @Test
    void anUndoThatCouldNotBeSavedIsNotReportedAsDone() {
        edits.setStatus(milestone, MilestoneStatus.DONE);
        app.database.close();

        history.undo();

        assertThat(status.statusProperty().get()).doesNotContain("Undid");
        assertThat(status.errorProperty().get()).isNotEmpty();
    }
}
