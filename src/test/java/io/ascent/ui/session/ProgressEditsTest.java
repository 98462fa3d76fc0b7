package io.ascent.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.service.PlanFixture;
import io.ascent.service.PlanService;
import io.ascent.ui.QueuedTaskRunner;
import io.ascent.ui.RecordingDialogs;
import io.ascent.ui.SameThreadTaskRunner;
import io.ascent.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tick in the window takes the service's tick path, the one the command line and the benchmark use. */
class ProgressEditsTest {

    @TempDir
    Path dir;

    private PlanFixture app;

    @AfterEach
    void close() {
        app.close();
    }

    private PlanService service(Clock clock) {
        app = PlanFixture.open(dir.resolve("ascent.db"), clock);
        return app.plans;
    }

    /** A window's sessions on a new plan, loaded; {@code milestone} is its first required milestone. */
    private record Window(
            long planId, PlanSession session, ProgressEdits edits, String milestone, RecordingDialogs dialogs) {

        static Window on(PlanService plans) {
            return on(plans, new SameThreadTaskRunner());
        }

        static Window on(PlanService plans, TaskRunner runner) {
            long planId = plans.create(
                            new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                    .id();
            StatusLine status = new StatusLine();
            RecordingDialogs dialogs = new RecordingDialogs();
            PlanSession session = new PlanSession(plans, runner, status);
            ProgressEdits edits = new ProgressEdits(
                    session,
                    plans,
                    runner,
                    status,
                    new EditHistory(session, runner, status),
                    new ConflictPrompt(dialogs));
            session.load(Optional.empty());
            if (runner instanceof QueuedTaskRunner queued) {
                queued.runAll();
            }
            String milestone = session.current().orElseThrow().items().get(0).id();
            return new Window(planId, session, edits, milestone, dialogs);
        }

        MilestoneProgress shown() {
            return session.current().orElseThrow().progressOf(milestone);
        }
    }

    /** What the command line saves meanwhile: read fresh, then save, as its commands do. */
    private static MilestoneProgress elsewhere(
            PlanService plans, Window window, UnaryOperator<MilestoneProgress> change) {
        MilestoneProgress fresh = plans.open(window.planId()).progressOf(window.milestone());
        return plans.saveProgress(window.planId(), fresh, change.apply(fresh));
    }

    @Test
    void aStatusSetElsewhereIsAskedAboutAndKeptWhenTheUserTakesIt() {
        PlanService plans = service(Clock.systemDefaultZone());
        Window window = Window.on(plans);
        MilestoneProgress theirs =
                elsewhere(plans, window, p -> p.withStatus(MilestoneStatus.IN_PROGRESS, plans.today()));

        window.edits().setStatus(window.milestone(), MilestoneStatus.DONE);

        assertThat(window.dialogs().asked)
                .singleElement()
                .asString()
                .contains("Status: yours Done on ", "saved there In progress")
                .endsWith("[Keep my change / Use the saved version]");
        assertThat(plans.open(window.planId()).progressOf(window.milestone())).isEqualTo(theirs);
        assertThat(window.shown()).isEqualTo(theirs);
    }

    @Test
    void aStatusSetElsewhereIsReplacedWhenTheUserKeepsTheirChange() {
        PlanService plans = service(Clock.systemDefaultZone());
        Window window = Window.on(plans);
        elsewhere(plans, window, p -> p.withStatus(MilestoneStatus.IN_PROGRESS, plans.today()));
        window.dialogs().askAnswer = true;

        window.edits().setStatus(window.milestone(), MilestoneStatus.DONE);

        assertThat(plans.open(window.planId()).progressOf(window.milestone()).isDone())
                .isTrue();
        assertThat(window.shown().isDone()).isTrue();
    }

    @Test
    void evidenceTypedOverEvidenceSavedElsewhereIsNotSavedAndNotAskedAbout() {
        PlanService plans = service(Clock.systemDefaultZone());
        Window window = Window.on(plans);
        MilestoneProgress shown = window.shown();
        MilestoneProgress theirs = elsewhere(
                plans,
                window,
                p -> p.withStatus(MilestoneStatus.DONE, plans.today()).withEvidence("Theirs"));

        window.edits().saveText(shown.withEvidence("Mine"), "edited the evidence");

        assertThat(window.dialogs().asked).isEmpty();
        assertThat(plans.open(window.planId()).progressOf(window.milestone())).isEqualTo(theirs);
        assertThat(window.shown()).isEqualTo(theirs);
    }

    @Test
    void notesQueuedOnEvidenceThatMetAChangeElsewhereAreSavedAndTheEvidenceWaits() {
        PlanService plans = service(Clock.systemDefaultZone());
        QueuedTaskRunner worker = new QueuedTaskRunner();
        Window window = Window.on(plans, worker);
        MilestoneProgress shown = window.shown();
        // Both edits are on screen before the worker saves either.
        window.edits().saveText(shown.withEvidence("Mine"), "edited the evidence");
        window.edits().saveText(shown.withEvidence("Mine").withNotes("Ask Sam"), "edited the notes");
        MilestoneProgress theirs = elsewhere(plans, window, p -> p.withEvidence("Theirs"));

        worker.runAll();

        assertThat(plans.open(window.planId()).progressOf(window.milestone())).isEqualTo(theirs.withNotes("Ask Sam"));
        assertThat(window.shown()).isEqualTo(theirs.withNotes("Ask Sam"));
    }

    @Test
    void aFailedEditIsNotTakenForSavedByTheEditQueuedOnIt() throws Exception {
        PlanService plans = service(Clock.systemDefaultZone());
        QueuedTaskRunner worker = new QueuedTaskRunner();
        Window window = Window.on(plans, worker);
        MilestoneProgress shown = window.shown();
        window.edits().saveText(shown.withEvidence("Mine"), "edited the evidence");
        window.edits().saveText(shown.withEvidence("Mine").withNotes("Ask Sam"), "edited the notes");
        app.database.withConnection(c -> {
            try (var st = c.createStatement()) {
                return st.execute("CREATE TEMP TRIGGER refuse_once BEFORE INSERT ON milestone_progress "
                        + "WHEN NEW.notes = '' BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
            }
        });

        worker.runAll();

        // The first save failed; the second, made on top of it, carries its evidence too.
        assertThat(plans.open(window.planId()).progressOf(window.milestone()))
                .isEqualTo(shown.withEvidence("Mine").withNotes("Ask Sam"));
    }

    @Test
    void aTickInTheWindowKeepsEvidenceTheCommandLineSavedMeanwhile() {
        PlanService plans = service(Clock.systemDefaultZone());
        Window window = Window.on(plans);
        // The window shows the milestone without evidence; `ascent milestone ...` stores some meanwhile.
        plans.saveProgress(
                window.planId(),
                MilestoneProgress.todo(window.milestone()),
                MilestoneProgress.todo(window.milestone()).withEvidence("Typed on the command line"));

        window.edits().setStatus(window.milestone(), MilestoneStatus.DONE);

        MilestoneProgress stored = plans.open(window.planId()).progressOf(window.milestone());
        assertThat(stored.isDone()).isTrue();
        assertThat(stored.evidence()).isEqualTo("Typed on the command line");
    }

    @Test
    void aTickSavedAfterMidnightShowsTheDateItWasStoredWith() {
        Instant lateEvening = Instant.parse("2026-06-30T23:59:59Z");
        Instant afterMidnight = Instant.parse("2026-07-01T00:00:01Z");
        SteppingClock clock = new SteppingClock(lateEvening);
        PlanService plans = service(clock);
        Window window = Window.on(plans);
        // The screen dates the tick before midnight; the worker saves it just after.
        clock.then(lateEvening, afterMidnight);

        window.edits().setStatus(window.milestone(), MilestoneStatus.DONE);

        LocalDate stored = plans.open(window.planId())
                .progressOf(window.milestone())
                .doneDate()
                .orElseThrow();
        assertThat(stored).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(window.session()
                        .current()
                        .orElseThrow()
                        .progressOf(window.milestone())
                        .doneDate())
                .contains(stored);
    }

    /** A clock that answers the given instants in turn, then keeps the last. */
    private static final class SteppingClock extends Clock {
        private final Deque<Instant> instants = new ArrayDeque<>();

        SteppingClock(Instant start) {
            instants.add(start);
        }

        void then(Instant... next) {
            instants.clear();
            instants.addAll(List.of(next));
        }

        @Override
        public Instant instant() {
            return instants.size() > 1 ? instants.poll() : instants.peek();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
