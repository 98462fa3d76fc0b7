package io.ascent.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.files.FrameworkReader;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.service.FrameworkService;
import io.ascent.service.PlanService;
import io.ascent.text.I18n;
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

    private Database database;
    private SqlitePlanRepository repository;
    private PlanSession session;
    private long planA;
    private long planB;
    private String milestone;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.ENGLISH);
        database = Database.open(dir.resolve("ascent.db"));
        repository = new SqlitePlanRepository(database);
        PlanService plans =
                new PlanService(repository, new FrameworkService(new FrameworkReader()), Clock.systemDefaultZone());
        planA = plans.create(new PlanDraft("A", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                .id();
        planB = plans.create(new PlanDraft("B", "pm-default", "pm", "director", "user-experience", Optional.empty()))
                .id();
        session = new PlanSession(plans, SAME_THREAD);
        session.load(Optional.of(planA));
        milestone = session.current().orElseThrow().requiredMilestones().get(0).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private MilestoneProgress stored(long planId) {
        return repository.progress(planId).getOrDefault(milestone, MilestoneProgress.todo(milestone));
    }

    @Test
    void undoingATickUnticksItInTheDatabaseAndRedoTicksItAgain() {
        session.setStatus(milestone, MilestoneStatus.DONE);
        assertThat(stored(planA).isDone()).isTrue();

        session.undo();

        assertThat(stored(planA).status()).isEqualTo(MilestoneStatus.TODO);
        assertThat(session.current().orElseThrow().progressOf(milestone).isDone())
                .isFalse();
        assertThat(session.statusProperty().get()).startsWith("Undid: ticked \u201c");
        assertThat(session.canRedoProperty().get()).isTrue();

        session.redo();

        assertThat(stored(planA).isDone()).isTrue();
        assertThat(session.statusProperty().get()).startsWith("Redid: ticked \u201c");
    }

    @Test
    void undoRestoresEditedEvidenceAndTheStatusBeforeIt() {
        MilestoneProgress before = session.current().orElseThrow().progressOf(milestone);
        session.setStatus(milestone, MilestoneStatus.IN_PROGRESS);
        session.saveProgress(
                session.current().orElseThrow().progressOf(milestone).withEvidence("Draft shared"),
                "edited the evidence of the first milestone");

        session.undo();
        assertThat(stored(planA).evidence()).isEmpty();
        assertThat(stored(planA).status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        assertThat(session.statusProperty().get()).isEqualTo("Undid: edited the evidence of the first milestone");

        session.undo();
        assertThat(stored(planA)).isEqualTo(before);
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void openingAnotherPlanForgetsTheHistory() {
        session.setStatus(milestone, MilestoneStatus.DONE);
        assertThat(session.canUndoProperty().get()).isTrue();

        session.open(planB);
        session.undo();

        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(stored(planA).isDone()).isTrue();
    }

    @Test
    void otherFeaturesCanPushTheirOwnActions() {
        StringBuilder log = new StringBuilder();
        session.perform(new UndoableAction() {
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

        session.undo();

        assertThat(log).hasToString("-do-undo");
        assertThat(session.statusProperty().get()).isEqualTo("Undid: rated 'Metrics' Senior PM");
    }

    @Test
    void aFailedSaveIsShownAndTheScreenGoesBack() {
        repository.delete(planA);

        session.saveProgress(MilestoneProgress.todo(milestone).withEvidence("Lost?"), "edited the evidence");

        assertThat(session.errorProperty().get()).startsWith("Could not save the milestone");
        assertThat(session.current().orElseThrow().progressOf(milestone).evidence())
                .isEmpty();
    }

    @Test
    void anUndoThatCouldNotBeSavedIsNotReportedAsDone() {
        session.setStatus(milestone, MilestoneStatus.DONE);
        database.close();

        session.undo();

        assertThat(session.statusProperty().get()).doesNotContain("Undid");
        assertThat(session.errorProperty().get()).isNotEmpty();
    }
}
