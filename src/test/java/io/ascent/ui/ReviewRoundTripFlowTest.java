package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.service.ExportFormat;
import io.ascent.service.PlanFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole review round through the window, between two real databases: the person asks for a
 * review (Plan > Ask for a review...), the manager answers in their own Ascent, the person imports
 * the response (File > Import review response...) and sees both ratings side by side with the
 * right markers, the decision on the dashboard, "confirmed by" on the milestone, and the printed
 * plan's "Manager review" section.
 */
class ReviewRoundTripFlowTest {

    static final String PLAN = "Road to Senior PM";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final ReviewingApp dialogs = new ReviewingApp();

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private void start(Path db, Optional<Path> request) throws Exception {
        running.start(() -> dialogs.on(db, request));
    }

    /** Chooses a menu item, as a click on it does. */
    private void menu(String id) {
        robot.interact(() -> robot.lookup("#mainMenu").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow()
                .fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void requestAnswerImportAndTheSideBySideEverywhere() throws Exception {
        Path person = dir.resolve("person.db");
        try (PlanFixture fixture = PlanFixture.open(person)) {
            fixture.realisticPlan(PLAN);
        }
        Path request = dir.resolve("alex.ascent-review");
        Path response = dir.resolve("alex.ascent-review-response");

        // The person asks.
        start(person, Optional.empty());
        Waits.untilShown(robot, "#dashboardPercent");
        dialogs.toSave.add(request);
        menu("menu-askForReview");
        Waits.until(() -> Files.exists(request));

        // The manager answers, from the file, in a database of their own.
        start(dir.resolve("manager.db"), Optional.of(request));
        Waits.untilShown(robot, "#reviewSheet");
        Revealed.clickOn(robot, "#review-rate-product-strategy-senior-pm");
        Revealed.clickOn(robot, "#review-rate-roadmap-prioritization-pm");
        Revealed.clickOn(robot, "#review-rate-performance-metrics-senior-pm");
        Revealed.clickOn(robot, "#review-comment-roadmap-prioritization").write("Trade-offs still escalate.");
        ToggleButton confirm = robot.lookup(".review-evidence ToggleButton").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getId().endsWith("-confirmed"))
                .findFirst()
                .orElseThrow();
        String confirmedTitle =
                ((Label) ((HBox) confirm.getParent()).getChildren().get(0)).getText();
        Revealed.clickOn(robot, confirm);
        Revealed.clickOn(robot, "#reviewSummary").write("Strong quarter; the roadmap is what is left.");
        Revealed.clickOn(robot, "#decisionReadyBy");
        robot.interact(
                () -> robot.lookup("#decisionDate").queryAs(DatePicker.class).setValue(LocalDate.of(2027, 6, 30)));
        Revealed.clickOn(robot, "#reviewerName").write("Dana Lee");
        dialogs.toSave.add(response);
        Revealed.clickOn(robot, "#reviewSend");
        Waits.untilShown(robot, "#reviewSentNote");

        // The person imports it.
        start(person, Optional.empty());
        Waits.untilShown(robot, "#dashboardPercent");
        dialogs.toOpen.add(response);
        menu("menu-importReview");
        Waits.untilShown(robot, "#dashboardReview");

        assertThat(text("#dashboardDecision")).isEqualTo("Ready by Jun 30, 2027");
        assertThat(text("#dashboardReviewCounts")).isEqualTo("1 to discuss, 1 flagged, 1 agreed");
        assertThat(text("#dashboardReviewer")).startsWith("Dana Lee");
        robot.clickOn("#nav-assessment");
        Waits.untilShown(robot, "#assessmentReview");
        assertThat(text("#reviewer-product-strategy")).isEqualTo("Dana Lee: Senior PM (agreed)");
        assertThat(text("#reviewer-roadmap-prioritization")).isEqualTo("Dana Lee: Product Manager (discuss)");
        assertThat(robot.lookup("#reviewer-performance-metrics").queryAs(Label.class))
                .satisfies(l -> assertThat(l.getText()).isEqualTo("Dana Lee: Senior PM (flagged)"))
                .satisfies(l -> assertThat(l.getStyleClass()).contains("marker-flagged"));
        // The reviewer left this one alone: nothing is shown under it.
        assertThat(robot.lookup("#reviewer-user-research")
                        .queryAs(Node.class)
                        .getParent()
                        .isVisible())
                .isFalse();
        robot.interact(
                () -> robot.lookup("#assessmentView").queryAs(ScrollPane.class).setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(
                robot.window(0).getScene(),
                Path.of(System.getProperty("readme.images", "target/screenshots/readme")),
                "review-side-by-side"));

        robot.clickOn("#nav-milestones");
        Waits.untilShown(robot, "#milestoneTree");
        robot.clickOn(robot.lookup(".milestone-row.done").queryAll().stream()
                .filter(Node::isVisible)
                .filter(n -> n.lookupAll(".label").stream()
                        .anyMatch(l -> l instanceof Label label && confirmedTitle.equals(label.getText())))
                .findFirst()
                .orElseThrow());
        Waits.untilShown(robot, "#detailsVerdict");
        assertThat(text("#detailsVerdict")).isEqualTo("Confirmed by Dana Lee");
        running.stop();

        try (AppContext ctx = AppContext.open(person, Clock.systemDefaultZone());
                PDDocument pdf = Loader.loadPDF(
                        ctx.exports().render(ctx.plans().plans().get(0).id(), ExportFormat.PDF, false))) {
            String printed = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(printed)
                    .contains("Manager review", "Decision: Ready by Jun 30, 2027", "1 to discuss, 1 flagged, 1 agreed")
                    .contains("Performance metrics and analysis Associate PM Senior PM flagged")
                    .contains("Trade-offs still escalate.", "Strong quarter; the roadmap is what is left.");
        }
        assertThat(dialogs.errors).isEmpty();
    }
}
