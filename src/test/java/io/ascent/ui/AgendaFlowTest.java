package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.app.boot.AppContext;
import io.ascent.domain.NextQuestion;
import io.ascent.domain.OneOnOne;
import io.ascent.domain.OwnMilestone;
import io.ascent.domain.PlanDraft;
import io.ascent.service.PlanFixture;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Ten minutes before a 1:1: the agenda is opened, edited and copied as Markdown; after it, the
 * decisions and an action item are recorded, the action item becomes a milestone of the user's
 * own, and after a restart all of it is there and the next agenda starts from that 1:1.
 */
class AgendaFlowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final FlowSteps steps = new FlowSteps(robot);
    private Stage stage;
    private AscentApp app;
    private Path db;
    private long planId;

    @BeforeEach
    void planWithAQuestion() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        stage = AppFixture.freshStage();
        db = dir.resolve("ascent.db");
        try (AppContext ctx = AppContext.open(db, PlanFixture.CLOCK)) {
            planId = ctx.plans()
                    .create(new PlanDraft(
                            "Road to Senior PM", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                    .id();
            ctx.oneOnOnes().addQuestion(planId, "Can I lead the Q3 pricing test?");
        }
    }

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    private void start() throws Exception {
        app = (AscentApp) FxToolkit.setupApplication(() -> new AscentApp(db, PlanFixture.CLOCK));
        steps.waitUntil(() -> steps.shown("#dashboardUpcoming"));
    }

    private String agenda() {
        return robot.lookup("#agendaText").queryAs(TextArea.class).getText();
    }

    private <T> T stored(Function<AppContext, T> read) {
        try (AppContext ctx = AppContext.open(db, PlanFixture.CLOCK)) {
            return read.apply(ctx);
        }
    }

    @Test
    void anAgendaIsEditedCopiedRecordedAndItsActionItemBecomesAMilestone() throws Exception {
        start();

        // when: Plan > 1:1 agenda...
        steps.planMenu("menu.plan.agenda");
        steps.waitUntil(() -> steps.shown("#agendaText"));

        // then: the agenda has the question jotted down and the top next steps
        assertThat(agenda())
                .startsWith("# 1:1 agenda: Road to Senior PM, Nov 28, 2026\n")
                .contains("## Next steps\n- ")
                .contains("## My questions\n- Can I lead the Q3 pricing test?\n");
        robot.interact(
                () -> Screenshots.save(robot.lookup("#agendaText").query().getScene(), "agenda-dialog"));

        // when: the PM adds a line, copies it, and after the 1:1 records a decision and an action item
        robot.clickOn("#agendaText").write("- Ask about the offsite\n");
        robot.clickOn("#agendaCopy");
        steps.waitUntil(() -> !steps.text("#agendaCopied").isEmpty());
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).contains("- Ask about the offsite").contains("Can I lead the Q3 pricing test?");
        robot.clickOn("#agendaDecisions").write("I lead the Q3 pricing test");
        robot.clickOn("#agendaActionText").write("Write the pricing test plan");
        robot.interact(
                () -> robot.lookup("#agendaActionDue").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 10)));
        robot.clickOn("#agendaActionMilestone");
        robot.clickOn("#agendaActionAdd");
        robot.clickOn("#formApply");

        // then: the milestone form opens with the action item's words and due date
        steps.waitUntil(() -> steps.shown("#ownTitle"));
        assertThat(robot.lookup("#ownDue").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 12, 10));
        @SuppressWarnings("unchecked")
        ComboBox<Object> competency = robot.lookup("#ownCompetency").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Object> level = robot.lookup("#ownLevel").queryAs(ComboBox.class);
        robot.interact(() -> {
            competency.getSelectionModel().select(0);
            level.getSelectionModel().select(level.getItems().size() - 1);
        });
        robot.clickOn("#formApply");
        steps.waitUntil(() -> steps.text("#statusLabel").startsWith("Milestone added"));

        // then: after a restart everything is there
        FxToolkit.cleanupApplication(app);
        app = null;
        stage = AppFixture.freshStage();
        start();
        List<OneOnOne> log = stored(ctx -> ctx.oneOnOnes().log(planId));
        assertThat(log).singleElement().satisfies(m -> {
            assertThat(m.heldOn()).isEqualTo(TODAY);
            assertThat(m.agenda()).contains("- Ask about the offsite");
            assertThat(m.decisions()).containsExactly("I lead the Q3 pricing test");
            assertThat(m.actionItems())
                    .singleElement()
                    .satisfies(a -> assertThat(a.milestoneId()).isPresent());
        });
        List<OwnMilestone> own = stored(ctx -> ctx.plans().open(planId).ownMilestones());
        assertThat(own).singleElement().satisfies(m -> assertThat(m.title()).isEqualTo("Write the pricing test plan"));
        Optional<LocalDate> due = stored(
                ctx -> ctx.plans().open(planId).progressOf(own.get(0).id()).dueDate());
        assertThat(due).contains(LocalDate.of(2026, 12, 10));
        List<NextQuestion> questions = stored(ctx -> ctx.oneOnOnes().questions(planId));
        assertThat(questions).isEmpty();

        // and: the next agenda starts from this 1:1, and lists the new milestone as due
        steps.planMenu("menu.plan.agenda");
        steps.waitUntil(() -> steps.shown("#agendaText"));
        assertThat(agenda())
                .contains("_Since the last 1:1 on Nov 28, 2026_")
                .contains("- Write the pricing test plan: due Dec 10, 2026")
                .doesNotContain("Can I lead the Q3 pricing test?");
        robot.clickOn("#formCancel");

        // and: History shows the 1:1 beside the check-ins, with its decision and action item
        robot.clickOn("#nav-history");
        steps.waitUntil(() -> steps.shown("#oneOnOneList"));
        steps.waitUntil(
                () -> !robot.lookup("#oneOnOneList").queryListView().getItems().isEmpty());
        String details = robot.lookup("#oneOnOneDetails .label").queryAll().stream()
                .map(n -> ((Label) n).getText())
                .reduce("", (x, y) -> x + "\n" + y);
        robot.interact(() -> Screenshots.save(stage.getScene(), "history-one-on-ones"));
        assertThat(details)
                .contains("Decided: I lead the Q3 pricing test")
                .contains("To do: Write the pricing test plan (due Dec 10, 2026), now a milestone");
    }
}
