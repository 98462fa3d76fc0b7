package io.ascent.ui.wins;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.PlanSnapshot;
import io.ascent.service.PlanFixture;
import io.ascent.text.I18n;
import io.ascent.ui.Screenshots;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The win form at the size its dialog opens at: the Private checkbox's label and the milestone
 * titles are drawn whole (wrapped), never cut with an ellipsis, in every language.
 */
class WinFormFitsTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        if (stage != null) {
            FxToolkit.cleanupStages();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es", "zh-CN"})
    void thePrivateLabelAndMilestoneTitlesAreNotCut(String tag) throws Exception {
        I18n.setLocale(Locale.forLanguageTag(tag));
        PlanSnapshot plan;
        try (PlanFixture app = PlanFixture.open(dir.resolve(tag + ".db"))) {
            plan = app.plans.open(app.realisticPlan("Road"));
        }
        WinFormModel model = WinFormModel.forNew(plan, LocalDate.of(2026, 11, 28));
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new WinFormView(model)));
            s.sizeToScene();
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(robot.lookup("#winForm").query().getScene(), "win-form-" + tag));

        CheckBox privateBox = robot.lookup("#winPrivate").queryAs(CheckBox.class);
        assertThat(displayed(privateBox)).isEqualTo(I18n.t("win.form.private"));
        List<ListCell<?>> cells = robot.lookup("#winMilestones .list-cell").queryAll().stream()
                .<ListCell<?>>map(n -> (ListCell<?>) n)
                .filter(c -> c.getText() != null && !c.getText().isEmpty())
                .toList();
        assertThat(cells).isNotEmpty();
        double listWidth =
                robot.lookup("#winMilestones").queryAs(ListView.class).getWidth();
        for (ListCell<?> cell : cells) {
            assertThat(displayed(cell)).as("milestone cell drawn whole").isEqualTo(cell.getText());
            assertThat(cell.getWidth())
                    .as("within the list, no sideways scrolling")
                    .isLessThanOrEqualTo(listWidth);
        }
    }

    /** What a Labeled draws: the whole text when it fits or wraps, a cut one ending in "…" when not. */
    private static String displayed(Labeled labeled) {
        return labeled.lookupAll(".text").stream()
                .filter(Text.class::isInstance)
                .map(n -> ((Text) n).getText())
                .filter(t -> !t.isEmpty())
                .findFirst()
                .orElse("");
    }
}
