package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.app.boot.AppContext;
import io.ascent.domain.Impact;
import io.ascent.domain.NextQuestion;
import io.ascent.domain.OneOnOne;
import io.ascent.domain.OwnMilestone;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Win;
import io.ascent.service.PlanFixture;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
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

    @Test
    void aMilestoneAndAWinAreBroughtUpAtTheNextOneOnOneWhoseAgendaListsTheWins() throws Exception {
        try (AppContext ctx = AppContext.open(db, PlanFixture.CLOCK)) {
            PlanSnapshot view = ctx.plans().open(planId);
            ctx.wins().add(view, Win.of(TODAY.minusDays(3), "Launched onboarding v2"));
            ctx.wins()
                    .add(
                            view,
                            new Win(
                                    0,
                                    TODAY.minusDays(1),
                                    "Asked for the pricing budget",
                                    "",
                                    Impact.NONE,
                                    List.of(),
                                    List.of(),
                                    List.of(),
                                    false));
        }
        start();

        // when: a milestone's details, "Bring it up at my next 1:1..."
        robot.clickOn("#nav-milestones");
        steps.waitUntil(() -> steps.shown("#milestoneTree"));
        robot.interact(() -> robot.lookup("#milestoneTree")
                .queryAs(TreeView.class)
                .getSelectionModel()
                .select(2));
        steps.waitUntil(() -> !robot.lookup("#askNextOneOnOne").query().isDisabled());
        String milestone = steps.text("#detailsTitle");
        Revealed.click(robot, "#askNextOneOnOne");
        steps.waitUntil(() -> steps.shown("#textDialogInput"));
        robot.clickOn("#textDialogInput")
                .type(KeyCode.END)
                .write("who else should review it?")
                .type(KeyCode.ENTER);
        steps.waitUntil(() -> steps.text("#statusLabel").startsWith("Kept for your next 1:1"));

        // when: the Wins page, a win chosen, "Bring it up at my next 1:1..." below the list
        robot.clickOn("#nav-wins");
        steps.waitUntil(() -> steps.shown("#winList"));
        robot.clickOn("Launched onboarding v2");
        robot.clickOn("#winAsk");
        steps.waitUntil(() -> steps.shown("#textDialogInput"));
        robot.clickOn("#textDialogInput")
                .type(KeyCode.END)
                .write("is it promotion evidence?")
                .type(KeyCode.ENTER);
        steps.waitUntil(() -> stored(ctx -> ctx.oneOnOnes().questions(planId)).size() == 3);

        // and: the same from the list's menu on another win (Monocle opens no context menu on a
        // right click, so the menu's item is fired as a right click would reach it)
        robot.clickOn("Asked for the pricing budget");
        // (without waiting: the question's dialog waits for an answer on the JavaFX thread)
        ListView<?> winList = robot.lookup("#winList").queryListView();
        Platform.runLater(() -> winList.getContextMenu().getItems().stream()
                .filter(i -> "winAskItem".equals(i.getId()))
                .findFirst()
                .orElseThrow()
                .fire());
        steps.waitUntil(() -> steps.shown("#textDialogInput"));
        robot.clickOn("#textDialogInput")
                .type(KeyCode.END)
                .write("how do I bring it up?")
                .type(KeyCode.ENTER);
        steps.waitUntil(() -> stored(ctx -> ctx.oneOnOnes().questions(planId)).size() == 4);

        // then: the questions are kept, and the agenda lists the wins, the private one marked
        List<NextQuestion> kept = stored(ctx -> ctx.oneOnOnes().questions(planId));
        assertThat(kept)
                .extracting(NextQuestion::text)
                .containsExactly(
                        "Can I lead the Q3 pricing test?",
                        "About \"" + milestone + "\": who else should review it?",
                        "About \"Launched onboarding v2\": is it promotion evidence?",
                        "About \"Asked for the pricing budget\": how do I bring it up?");
        steps.planMenu("menu.plan.agenda");
        steps.waitUntil(() -> steps.shown("#agendaText"));
        assertThat(agenda())
                .contains("## Wins\n- Launched onboarding v2 (Nov 25, 2026)\n"
                        + "- Asked for the pricing budget (Nov 27, 2026) (private)\n")
                .contains("- About \"Launched onboarding v2\": is it promotion evidence?\n");
        robot.interact(
                () -> Screenshots.save(robot.lookup("#agendaText").query().getScene(), "agenda-dialog-wins"));
        robot.clickOn("#formCancel");
    }
}
