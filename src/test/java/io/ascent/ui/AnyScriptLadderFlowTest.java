package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.Framework;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A PM whose company writes its ladder in Chinese, Russian, Arabic and Hebrew imports it, sets up
 * a plan on it and reads it on every page: the names show as written, right-to-left ones too.
 */
class AnyScriptLadderFlowTest {

    private static final List<String> NAMES = List.of("Стратегия продукта", "用户研究", "تحليل البيانات", "ניהול מוצר");

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();
    private final Deque<Path> chosenFiles = new ArrayDeque<>();

    @Test
    void aLadderInAnyScriptImportsAndShowsItsNamesOnEveryPage() throws Exception {
        Path db = dir.resolve("ascent.db");
        try (Database database = Database.open(db)) {
            new SqlitePlanRepository(database)
                    .create(
                            new PlanDraft(
                                    "Road to Senior PM", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                            Instant.now());
        }
        Stage stage = running.start(() -> FileChoosingApp.on(db, chosenFiles));
        waitFor("#nav-framework");

        // when: the ladder is imported on the Framework page and a new plan is set up on it
        robot.clickOn("#nav-framework");
        waitFor("#importFrameworkButton");
        chosenFiles.add(copy("any-script-ladder.csv"));
        chosenFiles.add(copy("any-script-milestones.csv"));
        // The message label is looked up once: a lookup while the import redraws the matrix races it.
        Label message = robot.lookup("#frameworkMessage").queryAs(Label.class);
        robot.clickOn("#importFrameworkButton");
        Waits.until(() -> message.getText().startsWith("Imported"));
        robot.clickOn("#newPlanButton");
        waitFor("#setupFramework");
        @SuppressWarnings("unchecked")
        ComboBox<Framework> ladders = robot.lookup("#setupFramework").queryAs(ComboBox.class);
        robot.interact(() -> ladders.setValue(ladders.getItems().get(1)));
        waitFor("#current-menedzer-produkta");
        robot.clickOn("#setupName").write("Road up");
        robot.clickOn("#current-menedzer-produkta");
        robot.clickOn("#target-gao-ji-chan-pin-jing-li");
        robot.clickOn("#spec-alnmw");
        Button create = robot.lookup("#createPlanButton").queryButton();
        Label readiness = robot.lookup("#readinessLabel").queryAs(Label.class);
        robot.interact(create::fire);
        Waits.until(() -> readiness.getTooltip() != null
                && readiness.getTooltip().getText().contains("(0 of 5 milestones)"));

        // then: the milestone tree, the matrix, the dashboard and the assessment name every competency
        robot.clickOn("#nav-milestones");
        waitFor("#milestoneTree");
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#milestoneTree").queryAs(TreeView.class);
        robot.interact(() -> expandAll(tree.getRoot()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTexts()).as("milestone tree").contains("أطلق تجربة A/B وقدّم القرار", "השיק תכונה חדשה");
        robot.interact(() -> Screenshots.save(stage.getScene(), "any-script-milestones"));

        robot.clickOn("#nav-framework");
        waitFor("#frameworkMatrix");
        assertThat(shownTexts()).as("framework matrix").containsAll(NAMES).contains("مدير المنتج");
        robot.clickOn("#cell-thlyl-albyanat-gao-ji-chan-pin-jing-li");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cellDetailsTitle").queryAs(Label.class).getText())
                .isEqualTo("تحليل البيانات");
        robot.interact(() -> Screenshots.save(stage.getScene(), "any-script-framework"));

        robot.clickOn("#nav-dashboard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(String.join("\n", shownTexts())).as("dashboard").contains("تحليل البيانات");
        robot.interact(() -> Screenshots.save(stage.getScene(), "any-script-dashboard"));

        robot.clickOn("#nav-assessment");
        waitFor("#assessmentView");
        assertThat(shownTexts()).as("assessment").containsAll(NAMES);
        robot.interact(() -> Screenshots.save(stage.getScene(), "any-script-assessment"));
    }

    private List<String> shownTexts() {
        return robot.lookup(node -> node instanceof Labeled && node.isVisible()).queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .filter(text -> text != null)
                .toList();
    }

    private static void expandAll(TreeItem<?> item) {
        item.setExpanded(true);
        item.getChildren().forEach(AnyScriptLadderFlowTest::expandAll);
    }

    private void waitFor(String query) throws Exception {
        Waits.until(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path copy(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/frameworks/csv/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
