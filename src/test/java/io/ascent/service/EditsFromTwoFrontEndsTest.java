package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.domain.storage.EditConflict;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The services' saves from a window that shows what it read a while ago, while the command line
 * (another connection to the same file) saves changes: nothing the window has not seen is lost.
 */
class EditsFromTwoFrontEndsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-10T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    @TempDir
    Path dir;

    private AppContext window;
    private AppContext terminal;
    private long planId;
    private PlanSnapshot shown;
    private String milestone;

    @BeforeEach
    void open() {
        Path file = dir.resolve("ascent.db");
        window = AppContext.open(file, CLOCK);
        terminal = AppContext.open(file, CLOCK);
        planId = window.plans()
                .create(new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                .id();
        shown = window.plans().open(planId);
        milestone = shown.items().get(0).id();
    }

    @AfterEach
    void close() {
        window.close();
        terminal.close();
    }

    private MilestoneProgress stored() {
        return terminal.plans().open(planId).progressOf(milestone);
    }

    /** {@code ascent milestone done ... --evidence TEXT}, as the command does it: read fresh, then save. */
    private MilestoneProgress doneOnTheCommandLine(String evidence) {
        MilestoneProgress fresh = terminal.plans().open(planId).progressOf(milestone);
        MilestoneProgress done = terminal.plans().setStatus(planId, fresh, MilestoneStatus.DONE);
        return terminal.plans().saveProgress(planId, done, done.withEvidence(evidence));
    }

    @Test
    void notesTypedInAStaleWindowKeepTheTickAndEvidenceSavedMeanwhile() {
        MilestoneProgress ticked = doneOnTheCommandLine("From the terminal");
        MilestoneProgress before = shown.progressOf(milestone);

        MilestoneProgress saved = window.plans().saveProgress(planId, before, before.withNotes("Ask Sam"));

        assertThat(saved).isEqualTo(ticked.withNotes("Ask Sam"));
        assertThat(stored()).isEqualTo(ticked.withNotes("Ask Sam"));
    }

    @Test
    void evidenceTypedOverEvidenceSavedMeanwhileIsNotSavedAndTheConflictSaysWhatIsStored() {
        MilestoneProgress ticked = doneOnTheCommandLine("From the terminal");
        MilestoneProgress before = shown.progressOf(milestone);

        EditConflictException e = catchThrowableOfType(
                () -> window.plans().saveProgress(planId, before, before.withEvidence("Typed in the window")),
                EditConflictException.class);

        EditConflict<MilestoneProgress> conflict = e.conflict();
        assertThat(conflict.fields()).containsExactly("evidence");
        assertThat(conflict.stored()).isEqualTo(ticked);
        assertThat(conflict.keepMine()).isEqualTo(ticked.withEvidence("Typed in the window"));
        assertThat(stored()).isEqualTo(ticked);

        // when: the user keeps their text, saved over what is stored now
        window.plans().saveProgress(planId, conflict.stored(), conflict.keepMine());
        assertThat(stored()).isEqualTo(ticked.withEvidence("Typed in the window"));
    }

    @Test
    void aTickOfAMilestoneAlreadyDoneElsewhereWritesNothingAndAsksNothing() {
        MilestoneProgress ticked = doneOnTheCommandLine("From the terminal");

        MilestoneProgress result = window.plans().setStatus(planId, shown.progressOf(milestone), MilestoneStatus.DONE);

        assertThat(result).isEqualTo(ticked);
        assertThat(stored()).isEqualTo(ticked);
    }

    @Test
    void aTickOverAnotherStatusSetElsewhereIsAConflict() {
        MilestoneProgress fresh = terminal.plans().open(planId).progressOf(milestone);
        MilestoneProgress inProgress = terminal.plans().setStatus(planId, fresh, MilestoneStatus.IN_PROGRESS);

        EditConflictException e = catchThrowableOfType(
                () -> window.plans().setStatus(planId, shown.progressOf(milestone), MilestoneStatus.DONE),
                EditConflictException.class);

        assertThat(e.<MilestoneProgress>conflict().fields()).containsExactly("status");
        assertThat(e.<MilestoneProgress>conflict().keepMine().doneDate()).contains(TODAY);
        assertThat(stored()).isEqualTo(inProgress);
    }

    @Test
    void undoingATickAfterEvidenceWasAddedElsewhereKeepsTheEvidence() {
        MilestoneProgress before = shown.progressOf(milestone);
        MilestoneProgress after = window.plans().setStatus(planId, before, MilestoneStatus.DONE);
        terminal.plans().saveProgress(planId, stored(), stored().withEvidence("Added on the command line"));

        // Undo puts back what the tick replaced, based on what the tick stored.
        window.plans().saveProgress(planId, after, before);

        assertThat(stored()).isEqualTo(before.withEvidence("Added on the command line"));
    }

    @Test
    void aRatingChosenInAStaleWindowKeepsTheJustificationWrittenElsewhereAndATypedOneConflicts() {
        Optional<Rating> pm = Optional.of(new Rating("performance-metrics", "pm", ""));
        window.assessments().save(shown, "performance-metrics", Optional.empty(), pm);
        Optional<Rating> justified = Optional.of(new Rating("performance-metrics", "pm", "Owns the metric tree"));
        terminal.assessments().save(shown, "performance-metrics", pm, justified);

        Optional<Rating> saved = window.assessments()
                .save(
                        shown,
                        "performance-metrics",
                        pm,
                        Optional.of(new Rating("performance-metrics", "senior-pm", "")));

        Optional<Rating> expected = Optional.of(new Rating("performance-metrics", "senior-pm", "Owns the metric tree"));
        assertThat(saved).isEqualTo(expected);
        assertThat(terminal.assessments().ratings(planId)).containsEntry("performance-metrics", expected.get());

        EditConflictException e = catchThrowableOfType(
                () -> window.assessments()
                        .save(
                                shown,
                                "performance-metrics",
                                pm,
                                Optional.of(new Rating("performance-metrics", "pm", "Typed in the window"))),
                EditConflictException.class);
        assertThat(e.<Optional<Rating>>conflict().fields()).containsExactly("justification");
        assertThat(terminal.assessments().ratings(planId)).containsEntry("performance-metrics", expected.get());
    }
}
