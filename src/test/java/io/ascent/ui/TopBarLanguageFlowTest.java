package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The top bar's readiness fits the default window in every language, the longest level name included. */
class TopBarLanguageFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final RunningApp running = new RunningApp();

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            en,    ready for Director of Product,  (0 of
            es,    listo para Director de Producto, (0 de
            zh-CN, 产品总监就绪度,                  已完成 0%（0/
            """)
    void readinessIsShownWholeAtTheDefaultWindowSize(String tag, String shown, String sentence) throws Exception {
        I18n.setLocale(Locale.forLanguageTag(tag));
        Stage stage = running.start(() -> new AscentApp(dir.resolve(tag + ".db")));
        waitFor("#setupName");
        robot.clickOn("#setupName").write("Road to Director of Product 2028");
        robot.clickOn("#current-apm");
        robot.clickOn("#target-director");
        robot.clickOn("#spec-growth");
        // The second edition's longer level summaries push Create below the fold of the test window.
        robot.interact(
                () -> robot.lookup(".setup-view").queryAs(ScrollPane.class).setVvalue(1));
        robot.clickOn("#createPlanButton");

        waitFor("#readinessLabel");
        Waits.until(() -> !label("#readinessLabel").getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(stage.getScene(), "topbar-" + tag));

        Label readiness = label("#readinessLabel");
        assertThat(readiness.getText()).contains(shown);
        assertThat(displayed(readiness))
                .as("the label is drawn whole, not cut with an ellipsis")
                .isEqualTo(readiness.getText());
        assertThat(readiness.getTooltip().getText()).contains(sentence);
        assertThat(displayed(label("#readinessCount"))).matches("0/\\d+");
        assertThat(displayed(robot.lookup("#printExportButton").queryAs(Labeled.class)))
                .doesNotContain("\u2026", "...");
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    /** The text a Labeled actually draws, which ends in an ellipsis when it does not fit. */
    private static String displayed(Labeled labeled) {
        return labeled.lookupAll(".text").stream()
                .filter(Text.class::isInstance)
                .map(n -> ((Text) n).getText())
                .findFirst()
                .orElse("");
    }

    private void waitFor(String query) throws Exception {
        Waits.until(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
