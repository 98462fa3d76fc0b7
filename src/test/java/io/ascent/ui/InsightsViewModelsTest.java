package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.Rating;
import io.ascent.domain.Win;
import io.ascent.domain.Wins;
import io.ascent.ui.assessment.AssessmentViewModel;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.Preferences;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.dashboard.DashboardViewModel;
import io.ascent.ui.dashboard.RadarChart;
import io.ascent.ui.history.CheckInCommand;
import io.ascent.ui.history.HistoryViewModel;
import io.ascent.ui.session.ConflictPrompt;
import io.ascent.ui.session.EditHistory;
import io.ascent.ui.session.InsightsSession;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.ProgressEdits;
import io.ascent.ui.session.StatusLine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard, assessment and history view models on a real database, with work run in place. */
class InsightsViewModelsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T10:00:00Z"), ZoneOffset.UTC);

    private static final TaskRunner SAME_THREAD = new SameThreadTaskRunner();

    /** Answers text prompts from a queue, so a test says what the user types. */
    private static final class ScriptedDialogs implements DialogService {
        final Deque<String> answers = new ArrayDeque<>();
        String lastError = "";

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            return true;
        }

        @Override
        public void showError(String title, String message) {
            lastError = message;
        }

        @Override
        public Optional<String> askText(String title, String message, String initialValue) {
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public Optional<Path> chooseDatabase(Path current) {
            return Optional.empty();
        }

        @Override
        public void openLink(String link) {}

        @Override
        public void showShortcuts(List<String[]> rows) {}

        @Override
        public Optional<Preferences> editPreferences(Preferences current) {
            return Optional.empty();
        }
    }

    @TempDir
    Path dir;

    private AppContext context;
    private final StatusLine status = new StatusLine();
    private PlanSession session;
    private EditHistory undo;
    private ProgressEdits edits;
    private InsightsSession insights;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void openPlan() {
        context = AppContext.open(dir.resolve("a.db"), CLOCK);
        context.plans()
                .create(new PlanDraft(
                        "Mine", "pm-default", "pm", "senior-pm", "growth", Optional.of(LocalDate.of(2026, 12, 31))));
        session = new PlanSession(context.plans(), SAME_THREAD, status);
        undo = new EditHistory(session, SAME_THREAD, status);
        edits = new ProgressEdits(
                session, context.plans(), SAME_THREAD, status, undo, new ConflictPrompt(new RecordingDialogs()));
        insights = new InsightsSession(
                session,
                status,
                context.assessments(),
                context.checkIns(),
                SAME_THREAD,
                new ConflictPrompt(new RecordingDialogs()));
        session.load(Optional.empty());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void dashboardFollowsRatingsAndTicks() {
        DashboardViewModel dashboard = new DashboardViewModel(session, insights, status, SAME_THREAD, CLOCK);
        AssessmentViewModel assessment = new AssessmentViewModel(session, insights, undo);
        assertThat(dashboard.ratedProperty().get()).isFalse();
        assertThat(dashboard.paceProperty().get())
                .isEqualTo(
                        "No pace yet: a date is projected once at least 3 milestones are done over 14 days or more.");

        assessment.rate("product-strategy", "apm");
        edits.setStatus("performance-metrics.senior-pm.1", MilestoneStatus.DONE);

        assertThat(dashboard.ratedProperty().get()).isTrue();
        assertThat(dashboard.gaps().get(0).text())
                .startsWith("Product strategy and vision: Associate PM, 2 levels to go");
        assertThat(dashboard.nextSteps().get(0).reason())
                .isEqualTo("Product strategy and vision is two levels below Senior PM");
        assertThat(dashboard.readinessDetailProperty().get()).startsWith("1 of ");
        assertThat(dashboard.radarAxesProperty().get())
                // CHANGES.md: 17 core competencies plus Growth's 4.
                .hasSize(21)
                .first()
                .isEqualTo(new RadarChart.Axis("Product strategy and vision", 1, 3));
        assertThat(dashboard.activity()).singleElement().asString().startsWith("Jun 30, 2026  Done: ");
    }

    @Test
    void onATrackTheDashboardCountsRungsOfThatTrackAndSaysHowManyItemsAreNeeded() throws Exception {
        byte[] ladder;
        try (var in = getClass().getResourceAsStream("/frameworks/two-tracks.json")) {
            ladder = in.readAllBytes();
        }
        context.frameworks().importJson(ladder, "two-tracks.json");
        long director = context.plans()
                .create(new PlanDraft("Management", "two-tracks", "pm", "director", "growth", Optional.empty()))
                .id();
        session.open(director);
        DashboardViewModel dashboard = new DashboardViewModel(session, insights, status, SAME_THREAD, CLOCK);

        edits.setStatus("strategy.senior.2", MilestoneStatus.DONE);
        edits.setStatus("strategy.senior.3", MilestoneStatus.DONE);

        // pm -> senior -> group -> director: three rungs; strategy needs 1 of 3, 2 of 2 and 1 of 1.
        assertThat(dashboard.gaps())
                .extracting(DashboardViewModel.GapRow::text)
                .contains("Strategy: Product Manager, 3 levels to go (1 of 4 done, 4 of 6 needed)");
        assertThat(dashboard.readinessDetailProperty().get()).startsWith("1 of 10 ");
        assertThat(dashboard.radarStepsProperty().get()).isEqualTo(4);
        assertThat(dashboard.nextSteps())
                .noneMatch(step -> step.title().equals("Wrote the area's competitor analysis"));
    }

    @Test
    void clearingARatingMakesTheCompetencyUnratedInTheDatabase() {
        AssessmentViewModel assessment = new AssessmentViewModel(session, insights, undo);
        long planId = session.current().orElseThrow().plan().id();

        assessment.rate("analytical-skills", "group-pm");
        assessment.justify("analytical-skills", "Built the pricing model");
        assertThat(context.assessments()
                        .ratings(planId)
                        .get("analytical-skills")
                        .justification())
                .isEqualTo("Built the pricing model");
        assessment.rate("analytical-skills", "");

        assertThat(context.assessments().ratings(planId)).isEmpty();
        assertThat(assessment.summaryProperty().get()).startsWith("0 of 21 competencies rated");
    }

    @Test
    void undoTakesARatingBackInTheDatabaseAndRedoRestoresIt() {
        AssessmentViewModel assessment = new AssessmentViewModel(session, insights, undo);
        long planId = session.current().orElseThrow().plan().id();
        assessment.rate("analytical-skills", "pm");
        assessment.rate("analytical-skills", "group-pm");

        undo.undo();
        assertThat(context.assessments()
                        .ratings(planId)
                        .get("analytical-skills")
                        .levelId())
                .isEqualTo("pm");
        assertThat(status.statusProperty().get()).contains("Analytical skills");

        undo.undo();
        assertThat(context.assessments().ratings(planId)).doesNotContainKey("analytical-skills");

        undo.redo();
        undo.redo();
        assertThat(context.assessments()
                        .ratings(planId)
                        .get("analytical-skills")
                        .levelId())
                .isEqualTo("group-pm");
    }

    @Test
    void undoingAClearedRatingBringsItsJustificationBack() {
        AssessmentViewModel assessment = new AssessmentViewModel(session, insights, undo);
        long planId = session.current().orElseThrow().plan().id();
        assessment.rate("analytical-skills", "group-pm");
        assessment.justify("analytical-skills", "Built the pricing model");
        assessment.rate("analytical-skills", "");

        undo.undo();

        assertThat(context.assessments().ratings(planId).get("analytical-skills"))
                .isEqualTo(new Rating("analytical-skills", "group-pm", "Built the pricing model"));
        assertThat(assessment.rating("analytical-skills").orElseThrow().justification())
                .isEqualTo("Built the pricing model");
    }

    @Test
    void aFailedSaveDoesNotRollBackOverALaterSaveThatWorked() throws Exception {
        QueuedTaskRunner queued = new QueuedTaskRunner();
        StatusLine queuedStatus = new StatusLine();
        PlanSession queuedSession = new PlanSession(context.plans(), queued, queuedStatus);
        InsightsSession queuedInsights = new InsightsSession(
                queuedSession,
                queuedStatus,
                context.assessments(),
                context.checkIns(),
                queued,
                new ConflictPrompt(new RecordingDialogs()));
        queuedSession.load(Optional.empty());
        queued.runAll();
        context.database().withConnection(c -> {
            try (var st = c.createStatement()) {
                return st.execute("CREATE TEMP TRIGGER refuse_pm BEFORE INSERT ON competency_rating "
                        + "WHEN NEW.level_id = 'pm' BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
            }
        });
        long planId = queuedSession.current().orElseThrow().plan().id();

        queuedInsights.rate("analytical-skills", Optional.of("pm"));
        queuedInsights.rate("analytical-skills", Optional.of("group-pm"));
        queued.runAll();

        assertThat(queuedInsights
                        .ratingsProperty()
                        .get()
                        .get("analytical-skills")
                        .levelId())
                .isEqualTo("group-pm");
        assertThat(context.assessments()
                        .ratings(planId)
                        .get("analytical-skills")
                        .levelId())
                .isEqualTo("group-pm");

        // The latest save failing does roll back, to the rating that was saved.
        queuedInsights.rate("analytical-skills", Optional.of("pm"));
        queued.runAll();
        assertThat(queuedStatus.errorProperty().get()).contains("disk says no");
        assertThat(queuedInsights
                        .ratingsProperty()
                        .get()
                        .get("analytical-skills")
                        .levelId())
                .isEqualTo("group-pm");
    }

    @Test
    void aRatingMadeWhileThePlanLoadsIsNotHiddenByTheLoad() {
        long planId = session.current().orElseThrow().plan().id();
        context.assessments()
                .save(
                        session.current().orElseThrow(),
                        "product-strategy",
                        Optional.empty(),
                        Optional.of(new Rating("product-strategy", "pm", "Stored earlier")));
        QueuedTaskRunner queued = new QueuedTaskRunner();
        StatusLine openingStatus = new StatusLine();
        PlanSession opening = new PlanSession(context.plans(), queued, openingStatus);
        InsightsSession loading = new InsightsSession(
                opening,
                openingStatus,
                context.assessments(),
                context.checkIns(),
                queued,
                new ConflictPrompt(new RecordingDialogs()));
        opening.load(Optional.of(planId));
        queued.runNext(); // the plan list and the plan, which queues the load of its ratings

        loading.rate("analytical-skills", Optional.of("group-pm"));
        queued.runAll();

        assertThat(loading.ratingsProperty().get()).containsOnlyKeys("product-strategy", "analytical-skills");
        assertThat(context.assessments().ratings(planId)).containsOnlyKeys("product-strategy", "analytical-skills");
    }

    @Test
    void aTooLongJustificationIsRefusedAndTheSavedOneKept() {
        AssessmentViewModel assessment = new AssessmentViewModel(session, insights, undo);
        long planId = session.current().orElseThrow().plan().id();
        assessment.rate("analytical-skills", "pm");
        assessment.justify("analytical-skills", "Short");

        assessment.justify("analytical-skills", "x".repeat(10_000));

        assertThat(status.errorProperty().get()).contains("too long (10,000 characters; at most 2,000)");
        assertThat(context.assessments()
                        .ratings(planId)
                        .get("analytical-skills")
                        .justification())
                .isEqualTo("Short");
    }

    @Test
    void aJustificationWithAPastedControlCharacterIsExplainedAndTheSavedOneKept() {
        AssessmentViewModel assessment = new AssessmentViewModel(session, insights, undo);
        long planId = session.current().orElseThrow().plan().id();
        assessment.rate("analytical-skills", "pm");
        assessment.justify("analytical-skills", "Short");

        assessment.justify("analytical-skills", "Copied from a PDF\u000Cnext page");

        assertThat(status.errorProperty().get())
                .contains("The justification contains a character that cannot be " + "stored (U+000C at position 18)");
        assertThat(context.assessments()
                        .ratings(planId)
                        .get("analytical-skills")
                        .justification())
                .isEqualTo("Short");
    }

    @Test
    void twoCheckInsAreComparedInHistory() {
        CheckInCommand command = new CheckInCommand(session, insights, dialogs);
        HistoryViewModel history = new HistoryViewModel(session, insights, command, ZoneOffset.UTC);
        AssessmentViewModel assessment = new AssessmentViewModel(session, insights, undo);
        assessment.rate("product-strategy", "pm");
        dialogs.answers.add("Before");
        history.checkIn();

        assessment.rate("product-strategy", "senior-pm");
        edits.setStatus("performance-metrics.senior-pm.1", MilestoneStatus.DONE);
        dialogs.answers.add("After");
        history.checkIn();

        assertThat(history.checkIns()).extracting(c -> c.note()).containsExactly("Before", "After");
        assertThat(history.moves()).containsExactly("Product strategy and vision: Product Manager \u2192 Senior PM");
        assertThat(history.completed()).hasSize(1);
        assertThat(history.readinessOverTime())
                .extracting(HistoryViewModel.Point::percent)
                // 1 of 42 required (21 cells of "2 of 3") rounds down to 2%.
                .containsExactly(0, 2);
    }

    @Test
    void theComparisonCountsTheWinsLoggedBetweenTheTwoCheckIns() {
        CheckInCommand command = new CheckInCommand(session, insights, dialogs);
        ObservableList<Win> wins = FXCollections.observableArrayList();
        HistoryViewModel history = new HistoryViewModel(session, insights, command, ZoneOffset.UTC, wins);
        dialogs.answers.add("Before");
        history.checkIn();
        dialogs.answers.add("After");
        history.checkIn();
        assertThat(history.winsLoggedProperty().get()).isEqualTo("No win logged between these check-ins.");

        // Wins dated after the first check-in's day and up to the second's count; the check-ins share a day here.
        wins.add(Win.of(LocalDate.now(context.clock()).minusDays(1), "before both"));
        assertThat(history.winsLoggedProperty().get()).isEqualTo("No win logged between these check-ins.");
        assertThat(Wins.loggedBetween(
                        List.of(Win.of(LocalDate.now(context.clock()).plusDays(1), "a")),
                        history.compareFromProperty().get().takenAt().minusSeconds(86_400),
                        history.compareToProperty().get().takenAt().plusSeconds(86_400),
                        ZoneOffset.UTC))
                .isEqualTo(1);
    }

    @Test
    void choosingACheckInShowsItsWholeNote() {
        CheckInCommand command = new CheckInCommand(session, insights, dialogs);
        HistoryViewModel history = new HistoryViewModel(session, insights, command, ZoneOffset.UTC);
        String longNote = "Talked with my manager about the pricing experiment. "
                .repeat(8)
                .strip();
        dialogs.answers.add(longNote);
        history.checkIn();
        dialogs.answers.add("");
        history.checkIn();

        history.selectedProperty().set(history.checkIns().get(0));
        assertThat(history.selectedNoteProperty().get()).isEqualTo(longNote);

        history.selectedProperty().set(history.checkIns().get(1));
        assertThat(history.selectedNoteProperty().get()).isEqualTo("This check-in has no note.");
    }

    @Test
    void openingAPlanWithoutACheckInForOverThirtyDaysRemindsOnce() {
        context.close();
        Clock august = Clock.fixed(Instant.parse("2026-08-15T10:00:00Z"), ZoneOffset.UTC);
        context = AppContext.open(dir.resolve("a.db"), august);
        StatusLine laterStatus = new StatusLine();
        PlanSession later = new PlanSession(context.plans(), SAME_THREAD, laterStatus);
        ProgressEdits laterEdits = new ProgressEdits(
                later,
                context.plans(),
                SAME_THREAD,
                laterStatus,
                new EditHistory(later, SAME_THREAD, laterStatus),
                new ConflictPrompt(new RecordingDialogs()));
        InsightsSession laterInsights = new InsightsSession(
                later,
                laterStatus,
                context.assessments(),
                context.checkIns(),
                SAME_THREAD,
                new ConflictPrompt(new RecordingDialogs()));
        List<String> reminders = new ArrayList<>();
        laterInsights.setOnReminder(reminders::add);

        later.load(Optional.empty());
        laterEdits.setStatus("performance-metrics.senior-pm.1", MilestoneStatus.DONE);

        assertThat(reminders).singleElement().asString().contains("not checked in on \"Mine\" yet");
    }

    @Test
    void aFreshPlanGetsNoReminder() {
        // A new session, so opening the plan is a first load that evaluates the reminder
        // (reloading the plan already open in `session` returns before the reminder is asked).
        PlanSession fresh = new PlanSession(context.plans(), SAME_THREAD, status);
        InsightsSession freshInsights = new InsightsSession(
                fresh,
                status,
                context.assessments(),
                context.checkIns(),
                SAME_THREAD,
                new ConflictPrompt(new RecordingDialogs()));
        List<String> reminders = new ArrayList<>();
        freshInsights.setOnReminder(reminders::add);

        fresh.load(Optional.empty());

        assertThat(fresh.current()).map(view -> view.plan().name()).contains("Mine");
        assertThat(reminders).isEmpty();
    }

    @Test
    void cancellingTheNoteDialogStoresNothing() {
        CheckInCommand command = new CheckInCommand(session, insights, dialogs);

        command.run();

        assertThat(insights.checkIns()).isEmpty();
        assertThat(context.checkIns()
                        .history(session.current().orElseThrow().plan().id()))
                .isEmpty();
    }
}
