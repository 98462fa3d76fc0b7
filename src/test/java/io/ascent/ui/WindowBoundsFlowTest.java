package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;

/**
 * No control leaves the window: every page of a lived-in plan at the smallest size Ascent is
 * made for (900x600) and at the default size with a filter in use, in each language. A control
 * inside a scrolling page may run below the fold, never past its right edge (unless the page
 * scrolls sideways by design, as the ladder's matrix does).
 */
class WindowBoundsFlowTest {

    @TempDir
    static Path dir;

    private static Path demo;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void createDemoPlan() {
        demo = dir.resolve("demo.db");
        DemoPlan.create(demo);
    }

    private Stage start(String tag, double width, double height) throws Exception {
        I18n.setLocale(Locale.forLanguageTag(tag));
        Stage stage = running.start(() -> new AscentApp(demo));
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        Waits.until(() -> robot.lookup("#nav-dashboard").tryQuery().isPresent()
                && robot.lookup("#dashboardPercent").tryQuery().isPresent());
        return stage;
    }

    /** Until the page has what it loads in the background, laid out. */
    private void settle() {
        running.untilIdle();
    }

    @ParameterizedTest
    @CsvSource({"en", "es", "zh-CN"})
    void everyPageFitsA900By600Window(String tag) throws Exception {
        Stage stage = start(tag, 900, 600);
        List<String> problems = new ArrayList<>();
        for (String page : List.of("dashboard", "milestones", "assessment", "history", "framework", "plan")) {
            robot.clickOn("#nav-" + page);
            settle();
            if (page.equals("milestones")) {
                selectFirstMilestoneAndFilter();
            }
            problems.addAll(outside(stage.getScene(), page));
            robot.interact(() -> Screenshots.save(stage.getScene(), "bounds-900-" + page + "-" + tag));
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"en", "es", "zh-CN"})
    void theFirstStartsSetupFitsA900By600Window(String tag) throws Exception {
        I18n.setLocale(Locale.forLanguageTag(tag));
        Stage stage = running.start(() -> new AscentApp(dir.resolve("fresh-" + tag + ".db")));
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        Waits.until(() -> robot.lookup("#createPlanButton").tryQuery().isPresent());
        robot.clickOn("#current-pm");
        robot.clickOn("#target-senior-pm");
        settle();
        assertThat(outside(stage.getScene(), "setup")).isEmpty();
        robot.interact(() -> Screenshots.save(stage.getScene(), "bounds-900-setup-" + tag));
    }

    @ParameterizedTest
    @CsvSource({"en", "es", "zh-CN"})
    void milestonesWithAFilterFitTheDefaultWindow(String tag) throws Exception {
        Stage stage = start(tag, 1120, 760);
        robot.clickOn("#nav-milestones");
        settle();
        selectFirstMilestoneAndFilter();
        assertThat(outside(stage.getScene(), "milestones")).isEmpty();
        robot.interact(() -> Screenshots.save(stage.getScene(), "bounds-1120-milestones-" + tag));

        // and: no filter and no level badge is cut short with "..."
        List<String> cut = new ArrayList<>();
        for (String id : List.of("#statusFilter", "#competencyFilter", "#levelFilter", "#specializationFilter")) {
            ComboBox<?> box = robot.lookup(id).queryAs(ComboBox.class);
            String shown = shownText(box);
            if (!shown.equals(String.valueOf(box.getValue()))) {
                cut.add(id + " shows \"" + shown + "\" for \"" + box.getValue() + "\"");
            }
        }
        for (Node badge : robot.lookup(".milestone-row .badge").queryAll()) {
            Labeled label = (Labeled) badge;
            if (badge.isVisible() && !shownText(label).equals(label.getText())) {
                cut.add("badge shows \"" + shownText(label) + "\" for \"" + label.getText() + "\"");
            }
        }
        assertThat(cut).isEmpty();
    }

    /** The words a control draws, which are cut with an ellipsis when they do not fit. */
    private static String shownText(Node control) {
        return control.lookupAll(".text").stream()
                .filter(n -> n instanceof Text)
                .map(n -> ((Text) n).getText())
                .filter(t -> t != null && !t.isEmpty())
                .findFirst()
                .orElse("");
    }

    @SuppressWarnings("unchecked")
    private void selectFirstMilestoneAndFilter() throws Exception {
        robot.interact(() -> {
            ComboBox<Object> level = robot.lookup("#levelFilter").queryAs(ComboBox.class);
            level.getSelectionModel().select(1);
        });
        settle();
        Node tree = robot.lookup("#milestoneTree").query();
        Bounds list = tree.localToScreen(tree.getBoundsInLocal());
        robot.clickOn(robot.lookup(".milestone-title").<Node>queryAll().stream()
                .filter(n -> n.isVisible() && n.getScene() != null)
                .filter(n -> list.contains(n.localToScreen(n.getBoundsInLocal())))
                .findFirst()
                .orElseThrow());
        settle();
        assertThat(robot.lookup("#detailsTitle").query().isVisible()).isTrue();
    }

    /** Every visible control that leaves the window, or its scrolling page sideways. */
    private static List<String> outside(Scene scene, String page) {
        List<String> problems = new ArrayList<>();
        visit(scene.getRoot(), null, scene, page, problems);
        return problems;
    }

    private static void visit(Node node, ScrollPane scroller, Scene scene, String page, List<String> problems) {
        if (!node.isVisible() || node instanceof ScrollBar) {
            return;
        }
        if (node instanceof Control && node.getScene() != null) {
            Bounds b = node.localToScene(node.getBoundsInLocal());
            double left = 0;
            double right = scene.getWidth();
            double bottom = scroller == null ? scene.getHeight() : Double.MAX_VALUE;
            if (scroller != null && !"frameworkMatrixScroll".equals(scroller.getId())) {
                Bounds view = scroller.localToScene(scroller.getLayoutBounds());
                left = view.getMinX();
                right = view.getMaxX();
            } else if (scroller != null) {
                // The ladder's matrix keeps its columns readable and scrolls sideways by design.
                left = -Double.MAX_VALUE;
                right = Double.MAX_VALUE;
            }
            if (b.getMinX() < left - 1 || b.getMaxX() > right + 1 || b.getMinY() < -1 || b.getMaxY() > bottom + 1) {
                problems.add(String.format(
                        "%s: %s [%.0f..%.0f x %.0f..%.0f] outside [%.0f..%.0f x 0..%.0f]",
                        page,
                        describe(node),
                        b.getMinX(),
                        b.getMaxX(),
                        b.getMinY(),
                        b.getMaxY(),
                        left,
                        right,
                        Math.min(bottom, scene.getHeight())));
            }
        }
        // Cells of lists and trees are clipped by their list, which was checked itself.
        if (node instanceof VirtualFlow<?>) {
            return;
        }
        ScrollPane inner = node instanceof ScrollPane s ? s : scroller;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, inner, scene, page, problems);
            }
        }
    }

    private static String describe(Node node) {
        String name =
                node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName();
        return node instanceof Labeled l && l.getText() != null ? name + " \"" + l.getText() + "\"" : name;
    }
}
