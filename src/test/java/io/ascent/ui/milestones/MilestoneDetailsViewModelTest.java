package io.ascent.ui.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.ui.RecordingDialogs;
import io.ascent.ui.SameThreadTaskRunner;
import io.ascent.ui.session.ConflictPrompt;
import io.ascent.ui.session.EditHistory;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.ProgressEdits;
import io.ascent.ui.session.StatusLine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The details pane's model on a real database; runs on the JavaFX thread like the screen. */
class MilestoneDetailsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T10:00:00Z"), ZoneOffset.UTC);
    private static final String MILESTONE = "performance-metrics.senior-pm.1";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private AppContext context;
    private final StatusLine status = new StatusLine();
    private PlanSession session;
    private ProgressEdits edits;
    private MilestoneDetailsViewModel details;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        context = AppContext.open(dir.resolve("a.db"), CLOCK);
        context.plans().create(new PlanDraft("Mine", "pm-default", "pm", "senior-pm", "growth", Optional.empty()));
        robot.interact(() -> {
            SameThreadTaskRunner runner = new SameThreadTaskRunner();
            session = new PlanSession(context.plans(), runner, status);
            edits = new ProgressEdits(
                    session,
                    context.plans(),
                    runner,
                    status,
                    new EditHistory(session, runner, status),
                    new ConflictPrompt(new RecordingDialogs()));
            session.load(Optional.empty());
            details = new MilestoneDetailsViewModel(session, edits, dialogs);
            details.show(Optional.of(MILESTONE));
        });
    }

    @AfterEach
    void close() {
        context.close();
    }

    private long planId() {
        return session.current().orElseThrow().plan().id();
    }

    @Test
    void typedEvidenceSurvivesAFailedSaveAndIsMarkedUnsaved() {
        robot.interact(() -> {
            details.evidenceProperty().set("Led the D7 retention deep dive.");
            details.commitEvidence();
        });
        assertThat(context.plans().open(planId()).progressOf(MILESTONE).evidence())
                .isEqualTo("Led the D7 retention deep dive.");

        context.database().close();
        robot.interact(() -> {
            details.evidenceProperty().set("A long paragraph the user must not lose.");
            details.commitEvidence();
        });

        assertThat(details.evidenceProperty().get()).isEqualTo("A long paragraph the user must not lose.");
        assertThat(details.problemProperty().get()).startsWith("Not saved yet");
        assertThat(status.errorProperty().get()).startsWith("Could not save");
    }

    @Test
    void evidenceTypedJustBeforeQuittingIsSavedByTheFlush() {
        robot.interact(() -> details.evidenceProperty().set("Typed a moment ago"));
        assertThat(context.plans().open(planId()).progressOf(MILESTONE).evidence())
                .isEmpty();

        robot.interact(edits::flushPendingEdits);

        assertThat(context.plans().open(planId()).progressOf(MILESTONE).evidence())
                .isEqualTo("Typed a moment ago");
    }

    @Test
    void aLinkOfTheMilestoneOpensInTheBrowserAndNothingElseDoes() {
        robot.interact(() -> {
            details.linkInputProperty().set("https://docs.example.com/retention");
            details.addLink();
            details.openLink("https://docs.example.com/retention");
            details.openLink("https://elsewhere.example.com/not-added");
        });

        assertThat(dialogs.asked).containsExactly("open https://docs.example.com/retention");
    }

    @Test
    void aDoneMilestoneKeepsItsDoneDateWhenTheFieldIsCleared() {
        robot.interact(() -> edits.setStatus(MILESTONE, MilestoneStatus.DONE));

        robot.interact(() -> details.doneDateProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(details.doneDateProperty().get()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(details.problemProperty().get()).contains("needs a done date");
        assertThat(context.plans().open(planId()).progressOf(MILESTONE).doneDate())
                .contains(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aDoneDateInTheFutureIsRefused() {
        robot.interact(() -> edits.setStatus(MILESTONE, MilestoneStatus.DONE));

        robot.interact(() -> details.doneDateProperty().set(LocalDate.of(2026, 7, 15)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(details.problemProperty().get()).contains("cannot be in the future");
        assertThat(context.plans().open(planId()).progressOf(MILESTONE).doneDate())
                .contains(LocalDate.of(2026, 6, 30));
    }

    @Test
    void evidencePastedWithAPageBreakIsExplainedAndTheSavedEvidenceKept() {
        robot.interact(() -> {
            details.evidenceProperty().set("Page one");
            details.commitEvidence();
            details.evidenceProperty().set("Page one\u000Cpage two");
            details.commitEvidence();
        });

        assertThat(details.problemProperty().get())
                .isEqualTo("Evidence contains a character that cannot be stored (U+000C at position 9). Remove it and "
                        + "try again.");
        assertThat(details.evidenceProperty().get()).isEqualTo("Page one\u000Cpage two");
        assertThat(context.plans().open(planId()).progressOf(MILESTONE).evidence())
                .isEqualTo("Page one");
    }

    @Test
    void aDueDateBeyondTheYear9999IsRefused() {
        robot.interact(() -> details.dueDateProperty().set(LocalDate.of(20_270, 1, 1)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(details.problemProperty().get())
                .isEqualTo("Due date: +20270-01-01 is outside the dates Ascent accepts (1900-01-01 to 9999-12-31).");
        assertThat(context.plans().open(planId()).progressOf(MILESTONE).dueDate())
                .isEmpty();
    }

    /**
     * Types {@code typed} (unless null) and, before the typing pause ends, the command line saves
     * {@code evidence} on the milestone and the window reads the plan again: all in one go on the
     * JavaFX thread, so the pause cannot save the typing in between.
     */
    private void typedThenSavedElsewhereAndReadAgain(String typed, String evidence) {
        robot.interact(() -> {
            if (typed != null) {
                details.evidenceProperty().set(typed);
            }
            var fresh = context.plans().open(planId()).progressOf(MILESTONE);
            context.plans()
                    .saveProgress(
                            planId(),
                            fresh,
                            fresh.withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 6, 30))
                                    .withEvidence(evidence));
            session.reload();
        });
    }

    @Test
    void evidenceBeingTypedStaysWhenAChangeSavedElsewhereArrivesWhichIsShownBesideIt() {
        typedThenSavedElsewhereAndReadAgain("Typed here", "Saved on the command line");

        assertThat(details.evidenceProperty().get()).isEqualTo("Typed here");
        assertThat(details.evidenceTheirsProperty().get()).isEqualTo("Saved on the command line");
        assertThat(details.statusProperty().get()).isEqualTo(MilestoneStatus.DONE);
        robot.interact(details::commitEvidence);
        assertThat(context.plans().open(planId()).progressOf(MILESTONE).evidence())
                .isEqualTo("Saved on the command line");

        robot.interact(details::keepMyEvidence);

        assertThat(details.evidenceTheirsProperty().get()).isNull();
        var stored = context.plans().open(planId()).progressOf(MILESTONE);
        assertThat(stored.evidence()).isEqualTo("Typed here");
        assertThat(stored.isDone()).isTrue();
    }

    @Test
    void takingTheEvidenceSavedElsewhereShowsItAndSavesNothing() {
        typedThenSavedElsewhereAndReadAgain("Typed here", "Saved on the command line");

        robot.interact(details::takeSavedEvidence);
        robot.interact(edits::flushPendingEdits);

        assertThat(details.evidenceProperty().get()).isEqualTo("Saved on the command line");
        assertThat(details.evidenceTheirsProperty().get()).isNull();
        assertThat(context.plans().open(planId()).progressOf(MILESTONE).evidence())
                .isEqualTo("Saved on the command line");
    }

    @Test
    void evidenceNotBeingTypedTakesAChangeSavedElsewhereWithoutAsking() {
        typedThenSavedElsewhereAndReadAgain(null, "Saved on the command line");

        assertThat(details.evidenceProperty().get()).isEqualTo("Saved on the command line");
        assertThat(details.evidenceTheirsProperty().get()).isNull();
    }

    @Test
    void aChangeSavedElsewhereUpdatesItsRowWithoutRebuildingTheList() {
        MilestonesViewModel[] model = new MilestonesViewModel[1];
        robot.interact(() -> model[0] = new MilestonesViewModel(session, edits));
        int rebuilds = model[0].rebuildsProperty().get();

        typedThenSavedElsewhereAndReadAgain(null, "Saved on the command line");

        assertThat(model[0].rebuildsProperty().get()).isEqualTo(rebuilds);
        assertThat(model[0].item(MILESTONE).orElseThrow().getValue())
                .isInstanceOfSatisfying(
                        MilestoneRow.ItemRow.class,
                        row -> assertThat(row.progress().isDone()).isTrue());
    }

    @Test
    void typedEvidenceWaitingBesideAChangeSavedElsewhereIsAskedAboutBeforeAnotherMilestoneShows() {
        typedThenSavedElsewhereAndReadAgain("Typed here", "Saved on the command line");
        dialogs.askAnswer = true;

        robot.interact(() -> details.show(Optional.of("performance-metrics.senior-pm.2")));

        assertThat(dialogs.asked)
                .singleElement()
                .asString()
                .contains("The evidence you typed for", "Saved there: \u201cSaved on the command line\u201d")
                .endsWith("[Keep my change / Use the saved version]");
        assertThat(context.plans().open(planId()).progressOf(MILESTONE).evidence())
                .isEqualTo("Typed here");
    }
}
