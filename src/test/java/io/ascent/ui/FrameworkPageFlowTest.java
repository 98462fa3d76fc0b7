package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.Framework;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.ui.framework.SpecializationFilter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A PM opens the Framework page, reads the ladder, picks a cell and filters to the core. */
class FrameworkPageFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final Deque<Path> chosenFiles = new ArrayDeque<>();

    @BeforeEach
    void registerStage() throws Exception {
        stage = AppFixture.freshStage();
    }

    private void waitFor(String query) throws Exception {
        Waits.until(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theLadderShowsAsAMatrixAndACellShowsItsMilestones() throws Exception {
        Path db = dir.resolve("ascent.db");
        try (Database database = Database.open(db)) {
            new SqlitePlanRepository(database)
                    .create(
                            new PlanDraft(
                                    "Road to Director",
                                    "pm-default",
                                    "senior-pm",
                                    "director",
                                    "growth",
                                    Optional.empty()),
                            Instant.now());
        }
        running.startKeepingStage(() -> FileChoosingApp.on(db, chosenFiles));
        waitFor("#nav-framework");

        MenuBar menuBar = robot.lookup("#mainMenu").queryAs(MenuBar.class);
        assertThat(menuBar.getMenus().get(0).getItems())
                .as("File > Import framework...")
                .anyMatch(item -> "menu-importFramework".equals(item.getId()) && !item.isDisable());

        // when: the Framework page opens
        robot.clickOn("#nav-framework");
        waitFor("#frameworkMatrix");

        // then: every competency of the default ladder has a cell per level
        assertThat(robot.lookup(".matrix-cell").queryAll()).hasSize(30 * 6);
        assertThat(robot.lookup(".matrix-cell").queryAs(Region.class).getBorder())
                .as("the Framework section of the stylesheet applies")
                .isNotNull();
        assertThat(robot.lookup("#cellDetailsHint").queryAs(Label.class).getText())
                .startsWith("Click a cell");

        // when: a cell is clicked
        robot.clickOn("#cell-product-strategy-pm");
        WaitForAsyncUtils.waitForFxEvents();

        // then: its milestones show at the side
        assertThat(robot.lookup("#cellDetailsTitle").queryAs(Label.class).getText())
                .isEqualTo("Product strategy and vision");
        assertThat(robot.lookup("#cellMilestones").queryAs(VBox.class).getChildren())
                .hasSizeGreaterThanOrEqualTo(3);
        robot.interact(() -> Screenshots.save(stage.getScene(), "framework"));

        // when: the matrix is filtered to the core competencies
        @SuppressWarnings("unchecked")
        ComboBox<SpecializationFilter> filter =
                robot.lookup("#specializationFilter").queryAs(ComboBox.class);
        assertThat(filter.getValue()).isEqualTo(SpecializationFilter.ALL);
        robot.interact(() -> filter.setValue(SpecializationFilter.CORE));
        WaitForAsyncUtils.waitForFxEvents();

        // then: the specialization rows are gone
        assertThat(robot.lookup(".matrix-cell").queryAll()).hasSize(17 * 6);
        assertThat(robot.lookup("#cell-growth-experimentation-pm").tryQuery()).isEmpty();

        // when: a CSV ladder with its milestones is imported
        chosenFiles.add(copy("acme-pm-ladder.csv"));
        chosenFiles.add(copy("acme-pm-milestones.csv"));
        // The message label is looked up once: a lookup while the import redraws the matrix races it.
        Label message = robot.lookup("#frameworkMessage").queryAs(Label.class);
        robot.clickOn("#importFrameworkButton");
        Waits.until(() -> message.getText().startsWith("Imported"));
        WaitForAsyncUtils.waitForFxEvents();

        // then: the new ladder is shown and listed
        assertThat(robot.lookup("#frameworkMessage").queryAs(Label.class).getText())
                .isEqualTo("Imported \"Acme pm ladder\" (version 1): 4 levels, 7 competencies, 12 milestones.");
        assertThat(robot.lookup(".matrix-cell").queryAll()).hasSize(7 * 4);
        robot.interact(() -> Screenshots.save(stage.getScene(), "framework-imported"));

        // when: a new plan is set up on the imported ladder
        robot.clickOn("#newPlanButton");
        waitFor("#setupFramework");
        @SuppressWarnings("unchecked")
        ComboBox<Framework> ladders = robot.lookup("#setupFramework").queryAs(ComboBox.class);
        assertThat(ladders.getValue().id()).isEqualTo("pm-default");
        robot.interact(() -> ladders.setValue(ladders.getItems().get(1)));
        robot.clickOn("#setupName").write("Acme senior");
        robot.clickOn("#current-product-manager");
        robot.clickOn("#target-senior-pm");
        robot.clickOn("#spec-growth");
        robot.interact(() -> Screenshots.save(stage.getScene(), "setup-framework-choice"));
        Button create = robot.lookup("#createPlanButton").queryButton();
        assertThat(create.isDisabled()).isFalse();
        robot.interact(create::fire);

        // then: the plan follows it: core and growth cells at Senior PM, five with milestones, two
        // (roadmap, privacy) with only an expectation and so one expectation item each
        Waits.until(() -> robot.lookup("#readinessLabel")
                .queryAs(Label.class)
                .getTooltip()
                .getText()
                .contains("(0 of 7 milestones)"));
    }

    private Path copy(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/frameworks/csv/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
