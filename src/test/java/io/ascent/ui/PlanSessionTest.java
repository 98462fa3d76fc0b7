package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.service.PlanFixture;
import io.ascent.service.PlanService;
import io.ascent.ui.session.ConflictPrompt;
import io.ascent.ui.session.EditHistory;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.ProgressEdits;
import io.ascent.ui.session.StatusLine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanSessionTest {

    @TempDir
    Path dir;

    private PlanFixture app;
    private Database database;
    private final StatusLine status = new StatusLine();
    private PlanSession session;
    private ProgressEdits edits;

    @BeforeEach
    void open() {
        app = PlanFixture.open(dir.resolve("ascent.db"), Clock.systemDefaultZone());
        database = app.database;
        PlanService service = app.plans;
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        session = new PlanSession(service, runner, status);
        edits = new ProgressEdits(
                session,
                service,
                runner,
                status,
                new EditHistory(session, runner, status),
                new ConflictPrompt(new RecordingDialogs()));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void createPlan(String name) {
        session.create(
                new PlanDraft(name, "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                plan -> {},
                message -> {
                    throw new AssertionError(message);
                });
    }

    @Test
    void loadingAnEmptyDatabaseOpensNoPlan() {
        session.load(Optional.empty());

        assertThat(session.loadedProperty().get()).isTrue();
        assertThat(session.current()).isEmpty();
    }

    @Test
    void loadingReadsTheListAndThePreferredPlanInOneBackgroundTask() {
        createPlan("Road");
        createPlan("Climb");
        long road = session.plans().stream()
                .filter(p -> p.name().equals("Road"))
                .findFirst()
                .orElseThrow()
                .id();
        QueuedTaskRunner queued = new QueuedTaskRunner();
        PlanSession starting = new PlanSession(service(), queued, new StatusLine());

        starting.load(Optional.of(road));
        queued.runNext();

        // At start-up the JavaFX thread is busy building the window; the plan must not wait for it.
        assertThat(starting.plans()).hasSize(2);
        assertThat(starting.current()).map(v -> v.plan().name()).contains("Road");
    }

    @Test
    void aPreferredPlanThatIsGoneFallsBackToTheFirst() {
        createPlan("Road");
        PlanSession starting = new PlanSession(service(), new SameThreadTaskRunner(), new StatusLine());

        starting.load(Optional.of(999L));

        assertThat(starting.current()).map(v -> v.plan().name()).contains("Road");
    }

    private PlanService service() {
        return app.plans;
    }

    @Test
    void creatingAPlanOpensIt() {
        createPlan("Road");

        assertThat(session.current()).map(v -> v.plan().name()).contains("Road");
        assertThat(session.plans()).hasSize(1);
    }

    @Test
    void tickUpdatesReadinessAndIsStored() {
        createPlan("Road");
        String id = session.current().orElseThrow().items().get(0).id();

        edits.setStatus(id, MilestoneStatus.DONE);

        assertThat(session.current().orElseThrow().readiness().done()).isEqualTo(1);
        long planId = session.current().orElseThrow().plan().id();
        assertThat(new SqlitePlanRepository(database).progress(planId).get(id).isDone())
                .isTrue();
        assertThat(status.statusProperty().get()).contains("Saved");
    }

    @Test
    void aFailedSaveIsShownAndTheTickIsTakenBack() {
        createPlan("Road");
        String id = session.current().orElseThrow().items().get(0).id();
        database.close();

        edits.setStatus(id, MilestoneStatus.DONE);

        assertThat(status.errorProperty().get()).startsWith("Could not save the milestone");
        assertThat(session.current().orElseThrow().progressOf(id).isDone()).isFalse();
        assertThat(session.current().orElseThrow().readiness().done()).isZero();
    }

    @Test
    void aRejectedPlanIsReportedToTheForm() {
        createPlan("Road");
        StringBuilder rejection = new StringBuilder();

        session.create(
                new PlanDraft("Road", "pm-default", "pm", "director", "growth", Optional.empty()),
                plan -> {},
                rejection::append);

        assertThat(rejection.toString()).contains("already exists");
        assertThat(session.plans()).hasSize(1);
    }

    @Test
    void deletingTheOnlyPlanLeavesNoneOpen() {
        createPlan("Road");

        session.delete(session.current().orElseThrow().plan().id());

        assertThat(session.plans()).isEmpty();
        assertThat(session.current()).isEmpty();
    }

    @Test
    void aTickMadeWhileARefreshIsUnderwayStaysOnScreen() {
        QueuedTaskRunner queued = new QueuedTaskRunner();
        PlanService service = app.plans;
        service.create(new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()));
        StatusLine queuedStatus = new StatusLine();
        PlanSession queuedSession = new PlanSession(service, queued, queuedStatus);
        ProgressEdits queuedEdits = new ProgressEdits(
                queuedSession,
                service,
                queued,
                queuedStatus,
                new EditHistory(queuedSession, queued, queuedStatus),
                new ConflictPrompt(new RecordingDialogs()));
        queuedSession.load(Optional.empty());
        queued.runAll();
        String id = queuedSession.current().orElseThrow().items().get(0).id();

        // when: a refresh is queued, then the user ticks before it has run
        queuedSession.refresh();
        queuedEdits.setStatus(id, MilestoneStatus.DONE);
        queued.runAll();

        // then: the refresh did not put the tick back to undone
        assertThat(queuedSession.current().orElseThrow().progressOf(id).isDone())
                .isTrue();
        assertThat(queuedSession.current().orElseThrow().readiness().done()).isEqualTo(1);
    }
}
