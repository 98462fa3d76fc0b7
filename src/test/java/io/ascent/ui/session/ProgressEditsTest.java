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
import io.ascent.ui.SameThreadTaskRunner;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tick in the window takes the service's tick path, the one the command line and the benchmark use. */
class ProgressEditsTest {

    @TempDir
    Path dir;

    private Database database;

    @AfterEach
    void close() {
        database.close();
    }

    private PlanService service(Clock clock) {
        database = Database.open(dir.resolve("ascent.db"));
        return new PlanService(new SqlitePlanRepository(database), new FrameworkService(new FrameworkReader()), clock);
    }

    /** A window's sessions on a new plan, loaded; {@code milestone} is its first required milestone. */
    private record Window(long planId, PlanSession session, ProgressEdits edits, String milestone) {

        static Window on(PlanService plans) {
            long planId = plans.create(
                            new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                    .id();
            SameThreadTaskRunner runner = new SameThreadTaskRunner();
            StatusLine status = new StatusLine();
            PlanSession session = new PlanSession(plans, runner, status);
            ProgressEdits edits =
                    new ProgressEdits(session, plans, runner, status, new EditHistory(session, runner, status));
            session.load(Optional.empty());
            String milestone = session.current().orElseThrow().items().get(0).id();
            return new Window(planId, session, edits, milestone);
        }
    }

    @Test
    void aTickInTheWindowKeepsEvidenceTheCommandLineSavedMeanwhile() {
        PlanService plans = service(Clock.systemDefaultZone());
        Window window = Window.on(plans);
        // The window shows the milestone without evidence; `ascent milestone ...` stores some meanwhile.
        plans.saveProgress(
                window.planId(), MilestoneProgress.todo(window.milestone()).withEvidence("Typed on the command line"));

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
