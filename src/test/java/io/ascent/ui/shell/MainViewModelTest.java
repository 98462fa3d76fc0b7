package io.ascent.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.text.I18n;
import io.ascent.ui.RecordingDialogs;
import io.ascent.ui.SameThreadTaskRunner;
import io.ascent.ui.session.ConflictPrompt;
import io.ascent.ui.session.EditHistory;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.ProgressEdits;
import io.ascent.ui.session.StatusLine;
import io.ascent.ui.setup.SetupViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the main window shows, decided without a window: the screen, the title, the top bar's words. */
class MainViewModelTest {

    /** The app's clock, years before the machine's: the setup must judge dates by it. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private AppContext context;
    private final StatusLine status = new StatusLine();
    private PlanSession session;
    private ProgressEdits edits;
    private MainViewModel model;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.ENGLISH);
        context = AppContext.open(dir.resolve("a.db"), CLOCK);
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        session = new PlanSession(context.plans(), runner, status);
        EditHistory history = new EditHistory(session, runner, status);
        edits = new ProgressEdits(
                session, context.plans(), runner, status, history, new ConflictPrompt(new RecordingDialogs()));
        model = new MainViewModel(
                session,
                status,
                history,
                new RecordingDialogs(),
                context.frameworks()::installed,
                context.plans()::today);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void createPlan(String name) {
        context.plans().create(new PlanDraft(name, "pm-default", "pm", "senior-pm", "growth", Optional.empty()));
    }

    private Screen.Kind shown() {
        return model.screenProperty().get().kind();
    }

    @Test
    void nothingIsShownUntilThePlanListIsRead() {
        assertThat(shown()).isEqualTo(Screen.Kind.LOADING);
    }

    @Test
    void aDatabaseWithoutPlansWelcomesWithTheSetup() {
        session.load(Optional.empty());

        assertThat(shown()).isEqualTo(Screen.Kind.WELCOME);
        assertThat(model.titleProperty().get()).isEqualTo("Ascent \u2014 Welcome");
        assertThat(model.noPlanProperty().get()).isTrue();
    }

    @Test
    void theSetupJudgesTargetDatesByTheAppsClock() {
        session.load(Optional.empty());
        SetupViewModel setup = model.screenProperty().get().setup().orElseThrow();

        setup.targetDateProperty().set(LocalDate.of(2021, 6, 30));
        assertThat(setup.dateErrorProperty().get()).isEmpty();

        setup.targetDateProperty().set(LocalDate.of(2020, 1, 14));
        assertThat(setup.dateErrorProperty().get()).isNotEmpty();
    }

    @Test
    void theOpenPlansReadinessIsWordedForTheTopBar() {
        createPlan("Road to Senior PM");
        session.load(Optional.empty());
        String milestone = session.current().orElseThrow().items().get(0).id();
        int required = session.current().orElseThrow().readiness().required();

        edits.setStatus(milestone, MilestoneStatus.DONE);

        ReadinessWords words = model.readinessProperty().get();
        assertThat(shown()).isEqualTo(Screen.Kind.PLAN);
        assertThat(model.titleProperty().get()).isEqualTo("Ascent \u2014 Road to Senior PM");
        assertThat(words.label()).endsWith("ready for Senior PM");
        assertThat(words.count()).isEqualTo("1/" + required);
        assertThat(words.sentence()).contains("(1 of " + required + " milestones)");
        assertThat(model.chosenPlanProperty().get().name()).isEqualTo("Road to Senior PM");
    }

    @Test
    void cancellingANewPlanGoesBackToTheOpenPlan() {
        createPlan("Road to Senior PM");
        session.load(Optional.empty());

        model.newPlan();
        assertThat(shown()).isEqualTo(Screen.Kind.NEW_PLAN);
        assertThat(model.titleProperty().get()).isEqualTo("Ascent \u2014 New plan");

        model.cancelSetup();
        assertThat(shown()).isEqualTo(Screen.Kind.PLAN);
        assertThat(model.titleProperty().get()).isEqualTo("Ascent \u2014 Road to Senior PM");
    }

    @Test
    void theStatusLineShowsTheLastFailureOverTheLastSuccess() {
        status.report("Saved.");
        assertThat(model.statusTextProperty().get()).isEqualTo("Saved.");

        status.reportError(new IllegalStateException("The disk is full."));
        assertThat(model.statusTextProperty().get()).isEqualTo("The disk is full.");
        assertThat(model.failedProperty().get()).isTrue();
    }
}
