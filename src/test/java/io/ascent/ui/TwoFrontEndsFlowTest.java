package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.app.ChildCli;
import io.ascent.app.boot.AppContext;
import io.ascent.app.cli.Cli;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.Rating;
import io.ascent.persistence.sqlite.Opening;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.FxDialogService;
import io.ascent.ui.milestones.TypingPause;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window and the command line (or another window: another connection to the same file) change
 * one plan. The window shows what it read before the other's change and looks for changes only
 * when asked (F5), so each test stages a stale window for sure: a save never overwrites what the
 * window has not seen, and the window shows it.
 */
class TwoFrontEndsFlowTest {

    private static final String PLAN = "Road to Senior PM";
    private static final String COMPETENCY = "performance-metrics";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final List<String> questions = new ArrayList<>();
    private boolean keepMine;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private Path db;
    private long planId;
    private List<Milestone> required;

    @BeforeEach
    void createPlan() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        AppFixture.freshStage();
        db = dir.resolve("ascent.db");
        try (AppContext ctx = AppContext.open(db, Clock.systemDefaultZone())) {
            planId = ctx.plans()
                    .create(new PlanDraft(PLAN, "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                    .id();
            required = ctx.plans().open(planId).items();
        }
    }

    private void start(String page) throws Exception {
        start(page, Duration.ZERO);
    }

    /** Starts Ascent on the plan's page {@code page}, looking for changes elsewhere every {@code polling}. */
    private void start(String page, Duration polling) throws Exception {
        running.startKeepingStage(() -> new AscentApp(db) {
            @Override
            protected Duration changePolling() {
                return polling;
            }

            @Override
            protected DialogService dialogs(Stage owner) {
                return new FxDialogService(owner, getHostServices()) {
                    @Override
                    public boolean ask(String title, String message, String yesLabel, String noLabel) {
                        questions.add(message + " [" + yesLabel + " / " + noLabel + "]");
                        return keepMine;
                    }
                };
            }
        });
        waitUntil(() -> robot.lookup("#nav-" + page).tryQuery().isPresent());
        robot.clickOn("#nav-" + page);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntil(Supplier<Boolean> condition) throws Exception {
        try {
            Waits.until(condition::get);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; the status line says: " + status(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Leaves the field being typed in, as a click elsewhere does: the field saves. */
    private void leaveField() {
        robot.interact(() -> robot.lookup("#milestoneSearch").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status() {
        return robot.lookup("#statusLabel").queryAs(Label.class).getText();
    }

    private CheckBox check(Milestone m) {
        return robot.lookup(checkId(m)).queryAs(CheckBox.class);
    }

    private static String checkId(Milestone m) {
        return "#check-" + m.id().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Whether the milestone's row shows it ticked; false while the row is not on screen. */
    private boolean ticked(Milestone m) {
        return robot.lookup(checkId(m))
                .tryQuery()
                .map(n -> ((CheckBox) n).isSelected())
                .orElse(false);
    }

    private void clickRow(Milestone m) {
        robot.clickOn(check(m).getParent().getChildrenUnmodifiable().get(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        Node node = robot.lookup(query).query();
        return node instanceof TextArea area ? area.getText() : ((TextField) node).getText();
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Another connection to the file, as the command line or a second window has. */
    private AppContext elsewhere() {
        return AppContext.open(db, Clock.systemDefaultZone(), Opening.WRITE);
    }

    private MilestoneProgress stored(Milestone m) {
        try (AppContext ctx = elsewhere()) {
            return ctx.plans().open(planId).progressOf(m.id());
        }
    }

    private Optional<Rating> storedRating() {
        try (AppContext ctx = elsewhere()) {
            return Optional.ofNullable(ctx.assessments().ratings(planId).get(COMPETENCY));
        }
    }

    /** {@code ascent milestone done PLAN ID [--evidence TEXT]} run on the same file. */
    private void doneOnTheCommandLine(Milestone m, String evidence) {
        StringWriter err = new StringWriter();
        var cli = Cli.create((file, how) -> AppContext.open(file, Clock.systemDefaultZone(), how), args -> {});
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("--db", db.toString(), "milestone", "done", PLAN, m.id(), "--evidence", evidence);
        assertThat(code).as(err.toString()).isZero();
    }

    /** A second window saves a change of {@code m} through the service, on its own connection. */
    private void savedInAnotherWindow(Milestone m, UnaryOperator<MilestoneProgress> change) {
        try (AppContext ctx = elsewhere()) {
            MilestoneProgress fresh = ctx.plans().open(planId).progressOf(m.id());
            ctx.plans().saveProgress(planId, fresh, change.apply(fresh));
        }
    }

    private void ratedInAnotherWindow(String level, String justification) {
        try (AppContext ctx = elsewhere()) {
            var view = ctx.plans().open(planId);
            Optional<Rating> fresh =
                    Optional.ofNullable(ctx.assessments().ratings(planId).get(COMPETENCY));
            ctx.assessments().save(view, COMPETENCY, fresh, Optional.of(new Rating(COMPETENCY, level, justification)));
        }
    }

    private void pressF5() {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aStaleWindowDoesNotOverwriteATickMadeMeanwhileAndShowsItAfterRefresh() throws Exception {
        start("milestones");
        Milestone m = required.get(1);
        Milestone other = required.get(4);
        clickRow(m);
        assertThat(check(m).isSelected()).isFalse();

        // when: the command line marks the milestone done with evidence, then the window, which
        // still shows it to do, saves notes on it
        doneOnTheCommandLine(m, "Marked done in the terminal");
        clickRevealed("#notesArea");
        robot.write("Ask Sam about the holdout");
        leaveField();
        waitUntil(() -> "Saved.".equals(status()));

        // then: the tick and the evidence are kept, with the notes, and the window shows them
        MilestoneProgress saved = stored(m);
        assertThat(saved.isDone()).isTrue();
        assertThat(saved.evidence()).isEqualTo("Marked done in the terminal");
        assertThat(saved.notes()).isEqualTo("Ask Sam about the holdout");
        assertThat(check(m).isSelected()).isTrue();
        assertThat(text("#evidenceArea")).isEqualTo("Marked done in the terminal");

        // when: another milestone is ticked on the command line and the window refreshes
        doneOnTheCommandLine(other, "Also from the terminal");
        assertThat(check(other).isSelected()).isFalse();
        pressF5();

        // then: it shows the tick, and the selected milestone and its typed notes stay
        waitUntil(() -> ticked(other));
        assertThat(robot.lookup("#detailsTitle").queryAs(Label.class).getText()).isEqualTo(m.title());
        assertThat(text("#notesArea")).isEqualTo("Ask Sam about the holdout");
    }

    @Test
    void aTickOfTheCommandLineInAnotherProcessShowsInTheWindowWithinAFewSeconds() throws Exception {
        start("milestones", AscentApp.CHANGE_POLLING);
        Milestone m = required.get(5);
        Milestone selected = required.get(6);
        clickRow(selected);

        // when: the command line, in a process of its own, ticks a milestone with evidence
        ChildCli.Result tick = ChildCli.run(List.of(
                "--db", db.toString(), "milestone", "done", PLAN, m.id(), "--evidence", "From another process"));
        assertThat(tick.code()).as(tick.err()).isZero();

        // then: without anything done in the window, it shows the tick; the selection stays
        waitUntil(() -> ticked(m));
        assertThat(robot.lookup("#detailsTitle").queryAs(Label.class).getText()).isEqualTo(selected.title());
        clickRow(m);
        assertThat(text("#evidenceArea")).isEqualTo("From another process");
    }

    @Test
    void evidenceTypedOverEvidenceSavedElsewhereWaitsBesideItUntilTheUserKeepsIt() throws Exception {
        start("milestones");
        Milestone m = required.get(2);
        clickRow(m);

        // when: the command line saves evidence and a tick, then the window's user types evidence
        doneOnTheCommandLine(m, "Written in the terminal");
        robot.clickOn("#evidenceArea").write("Typed in the window");
        leaveField();
        waitUntil(() -> visible("#evidenceConflict"));

        // then: the typed text stays, what was saved is shown beside it, and nothing is overwritten
        assertThat(text("#evidenceArea")).isEqualTo("Typed in the window");
        assertThat(robot.lookup("#evidenceTheirs").queryAs(Label.class).getText())
                .isEqualTo("Written in the terminal");
        assertThat(stored(m).evidence()).isEqualTo("Written in the terminal");
        assertThat(stored(m).isDone()).isTrue();
        assertThat(check(m).isSelected()).isTrue();
        assertThat(status()).doesNotContain("Saved").contains("changed in another window or on the command line");
        assertThat(questions).isEmpty();

        // when: the user keeps their text
        clickRevealed("#evidenceKeepMine");
        waitUntil(() -> "Saved.".equals(status()));

        // then: it is saved over the other, which keeps its tick
        assertThat(stored(m).evidence()).isEqualTo("Typed in the window");
        assertThat(stored(m).isDone()).isTrue();
        assertThat(visible("#evidenceConflict")).isFalse();
    }

    @Test
    void takingTheEvidenceSavedElsewhereShowsItAndSavesNothing() throws Exception {
        start("milestones");
        Milestone m = required.get(3);
        clickRow(m);
        doneOnTheCommandLine(m, "Written in the terminal");
        robot.clickOn("#evidenceArea").write("Typed in the window");
        leaveField();
        waitUntil(() -> visible("#evidenceConflict"));

        clickRevealed("#evidenceTakeTheirs");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text("#evidenceArea")).isEqualTo("Written in the terminal");
        assertThat(visible("#evidenceConflict")).isFalse();
        leaveField();
        // Nothing is left to save: any save the typing pause would start has started, and is done.
        TypingPause.passed();
        running.untilIdle();
        assertThat(stored(m).evidence()).isEqualTo("Written in the terminal");
    }

    @Test
    void aRatingChangedInAStaleWindowKeepsTheOtherWindowsJustificationAndATypedOneWaitsBesideIt() throws Exception {
        try (AppContext ctx = elsewhere()) {
            ctx.assessments()
                    .save(
                            ctx.plans().open(planId),
                            COMPETENCY,
                            Optional.empty(),
                            Optional.of(new Rating(COMPETENCY, "pm", "")));
        }
        start("assessment");
        waitUntil(() -> visible("#rate-" + COMPETENCY + "-senior-pm"));

        // when: another window writes a justification, and this one, showing none, picks a level
        ratedInAnotherWindow("pm", "Owns the metric tree");
        clickRevealed("#rate-" + COMPETENCY + "-senior-pm");
        waitUntil(() -> "Rating saved.".equals(status()));

        // then: both are stored, and this window shows the justification
        assertThat(storedRating()).contains(new Rating(COMPETENCY, "senior-pm", "Owns the metric tree"));
        waitUntil(() -> text("#justify-" + COMPETENCY).equals("Owns the metric tree"));

        // when: the other window changes the justification, and this one types over the old one
        ratedInAnotherWindow("senior-pm", "Led the D7 retention deep dive");
        clickRevealed("#justify-" + COMPETENCY);
        robot.interact(() ->
                robot.lookup("#justify-" + COMPETENCY).queryAs(TextField.class).clear());
        robot.write("Ran the weekly KPI review").type(KeyCode.ENTER);
        waitUntil(() -> visible("#justify-" + COMPETENCY + "Conflict"));

        // then: nothing is overwritten until the user keeps theirs
        assertThat(text("#justify-" + COMPETENCY)).isEqualTo("Ran the weekly KPI review");
        assertThat(robot.lookup("#justify-" + COMPETENCY + "Theirs")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("Led the D7 retention deep dive");
        assertThat(storedRating()).contains(new Rating(COMPETENCY, "senior-pm", "Led the D7 retention deep dive"));

        clickRevealed("#justify-" + COMPETENCY + "KeepMine");
        waitUntil(() -> "Rating saved.".equals(status()));
        assertThat(storedRating()).contains(new Rating(COMPETENCY, "senior-pm", "Ran the weekly KPI review"));
    }

    @Test
    void undoAfterAChangeMadeElsewhereTakesBackOnlyTheWindowsOwnChange() throws Exception {
        start("milestones");
        Milestone m = required.get(0);
        clickRow(m);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> stored(m).isDone());

        // when: another window adds evidence, and this one undoes its tick
        savedInAnotherWindow(m, p -> p.withEvidence("Added in the other window"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> status().startsWith("Undid"));

        // then: the tick is taken back and the other window's evidence is kept, and shown
        assertThat(stored(m).isDone()).isFalse();
        assertThat(stored(m).evidence()).isEqualTo("Added in the other window");
        assertThat(check(m).isSelected()).isFalse();
        assertThat(text("#evidenceArea")).isEqualTo("Added in the other window");

        // when: the other window sets it in progress, and this one redoes the tick
        savedInAnotherWindow(m, p -> p.withStatus(MilestoneStatus.IN_PROGRESS, LocalDate.now()));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> !questions.isEmpty());

        // then: the user is asked, and (answering "Use the saved version") nothing is overwritten
        assertThat(questions)
                .singleElement()
                .asString()
                .contains("Status: yours Done on ", "saved there In progress")
                .endsWith("[Keep my change / Use the saved version]");
        assertThat(stored(m).status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        waitUntil(() -> status().equals("Kept the version saved elsewhere."));
    }

    private void clickRevealed(String query) {
        Revealed.click(robot, query);
    }
}
