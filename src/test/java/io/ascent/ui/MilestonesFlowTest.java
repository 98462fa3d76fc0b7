package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.service.PlanFixture;
import io.ascent.service.PlanService;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A PM with a plan narrows the checklist, ticks and un-does a tick, and keeps evidence on a milestone. */
class MilestonesFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private Path db;
    private long planId;
    private List<Milestone> required;

    @BeforeEach
    void createPlan() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        stage = AppFixture.freshStage();
        db = dir.resolve("ascent.db");
        try (PlanFixture fixture = PlanFixture.open(db, Clock.systemDefaultZone())) {
            PlanService plans = fixture.plans;
            planId = plans.create(new PlanDraft(
                            "Road to Senior PM", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                    .id();
            required = plans.open(planId).items();
        }
    }

    private void start() throws Exception {
        running.startKeepingStage(() -> new AscentApp(db));
        Waits.until(() -> robot.lookup("#nav-milestones").tryQuery().isPresent());
        robot.clickOn("#nav-milestones");
        Waits.until(() ->
                robot.lookup("#milestoneTree").tryQuery().map(Node::isVisible).orElse(false));
    }

    private String summary() {
        return robot.lookup("#milestoneSummary").queryAs(Label.class).getText();
    }

    private String status() {
        return robot.lookup("#statusLabel").queryAs(Label.class).getText();
    }

    private static String checkId(Milestone m) {
        return "#check-" + m.id().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Clicks the milestone's title, which selects its row. */
    private void clickRow(Milestone m) {
        Node check = robot.lookup(checkId(m)).query();
        robot.clickOn(check.getParent().getChildrenUnmodifiable().get(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MilestoneProgress stored(Milestone m) {
        try (Database second = Database.open(db)) {
            return new SqlitePlanRepository(second)
                    .progress(planId)
                    .getOrDefault(m.id(), MilestoneProgress.todo(m.id()));
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String comboId, int index) {
        ComboBox<T> box = robot.lookup(comboId).queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select(index));
    }

    @Test
    void filtersAndSearchNarrowTheListAndAnEmptyResultOffersToClearThem() throws Exception {
        start();
        // PM to Senior PM in Growth: 21 competencies with 3 Senior PM milestones each.
        assertThat(summary()).isEqualTo("63 milestones");

        // when: one competency is chosen
        choose("#competencyFilter", 1);
        // then: only its milestones are listed (product strategy's three)
        assertThat(summary()).isEqualTo("Showing 3 of 63 milestones");
        assertThat(robot.lookup(".milestone-row").queryAll().stream()
                        .filter(Node::isVisible)
                        .count())
                .isEqualTo(3);

        // when: the search matches nothing in that competency
        robot.clickOn("#milestoneSearch").write("zebra");
        // then: the empty state says how to get the milestones back
        Waits.until(() -> robot.lookup("#milestonesNoMatch").queryAs(Node.class).isVisible());
        assertThat(robot.lookup("#milestoneTree").queryAs(Node.class).isVisible())
                .isFalse();
        robot.interact(() -> Screenshots.save(stage.getScene(), "milestones-empty-filter"));

        robot.clickOn("#clearFiltersButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary()).isEqualTo("63 milestones");
        assertThat(robot.lookup("#milestoneSearch").queryAs(TextField.class).getText())
                .isEmpty();

        // when: a word of one milestone's title is typed, keystroke by keystroke
        Milestone selected = required.stream()
                .filter(m -> m.id().equals("roadmap-prioritization.senior-pm.3"))
                .findFirst()
                .orElseThrow();
        clickRow(selected);
        robot.clickOn("#milestoneSearch").write("re-planned");
        // "Re-planned a multi-team roadmap..." and project delivery's "Re-planned a program..."
        assertThat(summary()).isEqualTo("Showing 2 of 63 milestones");
        // then: the selected milestone stays selected while the list narrows
        assertThat(robot.lookup("#detailsTitle").queryAs(Label.class).getText())
                .isEqualTo("Re-planned a multi-team roadmap within a week of a change in priorities");

        // when: only the specialization's milestones and only done ones are asked for
        robot.interact(
                () -> robot.lookup("#milestoneSearch").queryAs(TextField.class).clear());
        choose("#specializationFilter", 2);
        // Growth's four competencies.
        assertThat(summary()).isEqualTo("Showing 12 of 63 milestones");
        choose("#statusFilter", 3);
        assertThat(robot.lookup("#milestonesNoMatch").queryAs(Node.class).isVisible())
                .isTrue();
    }

    @Test
    void undoingATickUnticksItOnScreenAndInTheDatabase() throws Exception {
        start();
        Milestone first = required.get(0);
        Milestone m = required.get(1);

        // when: two milestones are selected and ticked with Space
        clickRow(first);
        robot.type(KeyCode.SPACE);
        Waits.until(() -> status().startsWith("Milestone done"));
        clickRow(m);
        robot.type(KeyCode.SPACE);
        Waits.until(() -> status().startsWith("Milestone done"));
        assertThat(robot.lookup(checkId(m)).queryAs(CheckBox.class).isSelected())
                .isTrue();
        assertThat(stored(m).isDone()).isTrue();

        // when: Ctrl+Z
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        // then: it is unticked on screen, the status bar says so, and the database agrees
        // The title (product-strategy.senior-pm.2) is cut to 57 characters to fit the status bar.
        assertThat(status())
                .isEqualTo("Undid: ticked \u201cLed a market and competitor analysis that leadership used...\u201d");
        assertThat(robot.lookup(checkId(m)).queryAs(CheckBox.class).isSelected())
                .isFalse();
        Waits.until(() -> stored(m).status() == MilestoneStatus.TODO);
        // and only the latest tick was taken back
        assertThat(robot.lookup(checkId(first)).queryAs(CheckBox.class).isSelected())
                .isTrue();
        assertThat(stored(first).isDone()).isTrue();

        // when: Ctrl+Shift+Z redoes it
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status()).startsWith("Redid: ticked");
        Waits.until(() -> stored(m).isDone());

        // when: Edit > Undo from the menu
        robot.interact(() -> robot.lookup("#mainMenu").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(i -> "menu-undo".equals(i.getId()))
                .findFirst()
                .orElseThrow()
                .fire());
        Waits.until(() -> stored(m).status() == MilestoneStatus.TODO);
        assertThat(stored(first).isDone()).isTrue();

        // when: Ctrl+F, then Enter on the list
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#milestoneSearch").queryAs(TextField.class).isFocused())
                .isTrue();
        clickRow(m);
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#evidenceArea").queryAs(TextArea.class).isFocused())
                .isTrue();
    }

    @Test
    void evidenceAndLinksTypedInTheDetailsPaneAreKeptAfterARestart() throws Exception {
        start();
        Milestone m = required.get(2);
        String evidence = "Ran the onboarding A/B test with 40k users; +4% D7 retention. Shipped to 100%.";

        // when: the milestone is opened in the details pane and evidence and a link are added
        clickRow(m);
        assertThat(robot.lookup("#detailsTitle").queryAs(Label.class).getText()).isEqualTo(m.title());
        robot.clickOn("#statusInProgress");
        robot.clickOn("#evidenceArea").write(evidence);
        // moving to the link field (as Ctrl+Tab would) leaves the evidence, which saves it
        robot.interact(() -> robot.lookup("#linkInput").query().requestFocus());
        robot.clickOn("#linkInput").write("our roadmap doc").type(KeyCode.ENTER);
        assertThat(robot.lookup("#detailsProblem").queryAs(Label.class).getText())
                .contains("cannot contain spaces");
        robot.interact(() -> robot.lookup("#linkInput").queryAs(TextField.class).clear());
        robot.write("https://docs.example.com/onboarding-test").type(KeyCode.ENTER);

        // then: both are stored once the field is left
        Waits.until(() -> stored(m).links().size() == 1);
        MilestoneProgress saved = stored(m);
        assertThat(saved.evidence()).isEqualTo(evidence);
        assertThat(saved.status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        assertThat(robot.lookup("#linksList").queryAs(ListView.class).getItems())
                .hasSize(1);

        // when: the app starts again
        running.stop();
        start();
        clickRow(m);

        // then: the evidence and the link are there
        assertThat(robot.lookup("#evidenceArea").queryAs(TextArea.class).getText())
                .isEqualTo(evidence);
        assertThat(robot.lookup("#linksList").queryAs(ListView.class).getItems())
                .containsExactly("https://docs.example.com/onboarding-test");
        robot.interact(() -> Screenshots.save(stage.getScene(), "milestones"));
        assertThat(robot.lookup("#openLink-0").queryAs(Hyperlink.class).getText())
                .isEqualTo("https://docs.example.com/onboarding-test");
        robot.interact(() -> {
            robot.lookup("#linksList").query().requestFocus();
            robot.lookup("#linksList")
                    .queryAs(ListView.class)
                    .getSelectionModel()
                    .select(0);
        });
        robot.interact(() -> Screenshots.save(stage.getScene(), "milestones-links"));
    }

    @Test
    void evidenceTypedRightBeforeQuittingIsSaved() throws Exception {
        start();
        Milestone m = required.get(3);
        clickRow(m);

        // when: the user types evidence and quits at once, before the typing pause ends
        robot.clickOn("#evidenceArea").write("Wrote it and quit");
        running.stop();

        // then: the evidence is in the database
        assertThat(stored(m).evidence()).isEqualTo("Wrote it and quit");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            es,    hitos,  Cualquier estado, Evidencia
            zh-CN, 个里程碑, 任意状态,          证据
            """)
    void theChecklistSpeaksTheChosenLanguage(String tag, String count, String anyStatus, String evidence)
            throws Exception {
        I18n.setLocale(Locale.forLanguageTag(tag));
        try {
            start();
            clickRow(required.get(0));

            assertThat(summary()).isEqualTo(required.size() + " " + count);
            assertThat(robot.lookup("#statusFilter").queryAs(ComboBox.class).getValue())
                    .hasToString(anyStatus);
            assertThat(robot.lookup(".details-heading").queryAllAs(Label.class))
                    .extracting(Label::getText)
                    .contains(evidence);
            robot.interact(() -> Screenshots.save(stage.getScene(), "milestones-" + tag));
        } finally {
            I18n.setLocale(Locale.ENGLISH);
        }
    }
}
