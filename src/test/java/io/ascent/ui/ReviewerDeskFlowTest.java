package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.review.EvidenceChoice;
import io.ascent.domain.review.RequestContents;
import io.ascent.service.PlanFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A manager who has never made a plan opens a review request from the desktop: Ascent creates
 * their database, shows the review at once (no plan setup), keeps the draft, signs and saves the
 * response, and shows the review read-only afterwards.
 */
class ReviewerDeskFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final ReviewingApp dialogs = new ReviewingApp();

    @RegisterExtension
    final RunningApp running = new RunningApp();

    static Path request(Path dir, boolean blind) {
        Path person = dir.resolve("person.db");
        try (PlanFixture fixture = PlanFixture.open(person)) {
            fixture.realisticPlan("Road to Senior PM");
        }
        Path file = dir.resolve(blind ? "blind.ascent-review" : "alex.ascent-review");
        try (AppContext ctx = AppContext.open(person, Clock.systemDefaultZone())) {
            ctx.reviews()
                    .requests()
                    .request(
                            ctx.plans().plans().get(0).id(),
                            new RequestContents.Choices(Optional.of("Alex Kim"), blind, EvidenceChoice.DONE),
                            file,
                            false);
        }
        return file;
    }

    private void start(Path db, Optional<Path> request) throws Exception {
        running.start(() -> dialogs.on(db, request));
    }

    @Test
    void aManagerWithoutAPlanAnswersARequestOpenedFromTheDesktop() throws Exception {
        Path request = request(dir, false);
        Path managerDb = dir.resolve("manager").resolve("ascent.db");
        Path response = dir.resolve("alex.ascent-review-response");

        start(managerDb, Optional.of(request));
        Waits.untilShown(robot, "#reviewSheet");

        assertThat(Files.exists(managerDb)).isTrue();
        assertThat(robot.lookup("#setupName").tryQuery()).isEmpty();
        assertThat(robot.lookup("#reviewTitle").queryAs(Label.class).getText()).contains("Road to Senior PM");
        assertThat(robot.lookup("#review-self-product-strategy")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("Alex Kim: Senior PM. \"Owns the area's vision\"");
        Revealed.clickOn(robot, "#review-rate-product-strategy-senior-pm");
        Revealed.clickOn(robot, "#review-rate-roadmap-prioritization-pm");
        Revealed.clickOn(robot, "#review-rate-performance-metrics-senior-pm");
        Revealed.clickOn(robot, "#review-comment-roadmap-prioritization").write("Trade-offs still escalate.");
        robot.lookup(".review-evidence ToggleButton").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getId().endsWith("-confirmed"))
                .findFirst()
                .ifPresent(b -> Revealed.clickOn(robot, b));
        Revealed.clickOn(robot, "#reviewSummary").write("Strong quarter.");
        Revealed.clickOn(robot, "#decisionReadyBy");
        robot.interact(
                () -> robot.lookup("#decisionDate").queryAs(DatePicker.class).setValue(LocalDate.of(2027, 6, 30)));
        Revealed.clickOn(robot, "#reviewerName").write("Dana Lee");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(robot.window(0).getScene(), "review-desk"));
        dialogs.toSave.add(response);
        Revealed.clickOn(robot, "#reviewSend");
        Waits.untilShown(robot, "#reviewSentNote");

        assertThat(response).exists();
        assertThat(Files.readString(response)).contains("\"kind\" : \"ascent-review-response\"");
        assertThat(robot.lookup("#review-rate-product-strategy-senior-pm").queryAs(ToggleButton.class))
                .satisfies(b -> assertThat(b.isSelected()).isTrue())
                .satisfies(b -> assertThat(b.isDisabled()).isTrue());
        assertThat(robot.lookup("#review-comment-roadmap-prioritization")
                        .queryAs(TextInputControl.class)
                        .getText())
                .isEqualTo("Trade-offs still escalate.");
        assertThat(dialogs.errors).isEmpty();
        robot.clickOn("#reviewBack");
        Waits.untilShown(robot, "#setupName");
    }

    @Test
    void theReadyByDateTakesTheLanguagesFormAndRefusesTextThatIsNoDateBesideTheField() throws Exception {
        start(dir.resolve("manager.db"), Optional.of(request(dir, false)));
        Waits.untilShown(robot, "#reviewSheet");
        Revealed.clickOn(robot, "#decisionReadyBy");
        DatePicker date = robot.lookup("#decisionDate").queryAs(DatePicker.class);

        // when: text that is no date
        typeDate(date, "31/02/2027");

        // then: refused beside the field, as typed
        Label error = robot.lookup("#decisionDateError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("31/02/2027", "mm/dd/yyyy");
        assertThat(date.getEditor().getText()).isEqualTo("31/02/2027");
        robot.interact(() -> Screenshots.save(date.getScene(), "review-ready-by-refused"));

        // when: the date in the language's form
        typeDate(date, "6/30/2027");

        // then: taken
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(error.isVisible()).isFalse();
    }

    private void typeDate(DatePicker date, String text) {
        Revealed.clickOn(robot, date.getEditor());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.write(text);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBlindRequestShowsTheReviewerNoSelfRatingOrJustification() throws Exception {
        Path request = request(dir, true);

        start(dir.resolve("manager.db"), Optional.of(request));
        Waits.untilShown(robot, "#reviewSheet");

        assertThat(robot.lookup("#review-self-product-strategy")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("Alex Kim: not shown (blind request).");
        assertThat(robot.lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .noneMatch(text -> text.contains("Owns the area's vision") || text.contains("Still learning"));
    }

    @Test
    void aDraftIsKeptUntilSentAndTheReviewsGivenListReopensIt() throws Exception {
        Path request = request(dir, false);
        Path managerDb = dir.resolve("manager.db");
        start(managerDb, Optional.of(request));
        Waits.untilShown(robot, "#reviewSheet");
        Revealed.clickOn(robot, "#review-rate-product-strategy-senior-pm");
        WaitForAsyncUtils.waitForFxEvents();
        running.stop();

        start(managerDb, Optional.empty());
        Waits.untilShown(robot, "#setupName");
        robot.clickOn("File").clickOn("#menu-reviewsGiven");
        Waits.untilShown(robot, "#reviewGiven-0");
        Revealed.clickOn(robot, "#reviewGiven-0");
        Waits.untilShown(robot, "#reviewSheet");

        assertThat(robot.lookup("#review-rate-product-strategy-senior-pm")
                        .queryAs(ToggleButton.class)
                        .isSelected())
                .isTrue();
    }
}
