package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.service.PlanFixture;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** In a Chinese window the print preview shows the plan printed in Chinese. */
class ChinesePreviewFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final RunningApp running = new RunningApp();

    @Test
    void previewOfAChinesePlanShowsChinesePages() throws Exception {
        Path db = dir.resolve("ascent.db");
        try (PlanFixture fixture = PlanFixture.open(db)) {
            fixture.realisticPlan("\u664b\u5347\u9ad8\u7ea7\u4ea7\u54c1\u7ecf\u7406");
        }
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        Stage stage = running.start(() -> new AscentApp(db));
        Waits.until(() -> robot.lookup("#printExportButton")
                        .tryQuery()
                        .map(Node::isVisible)
                        .orElse(false)
                && !robot.lookup("#printExportButton").queryAs(Button.class).isDisabled());

        robot.clickOn("#printExportButton");
        Waits.until(() -> robot.lookup("#previewPage")
                .tryQueryAs(ImageView.class)
                .map(v -> v.getImage() != null && v.isVisible())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(stage.getScene(), "plan-preview-zh"));

        assertThat(robot.lookup("#printExportButton").queryAs(Button.class).getText())
                .isEqualTo("\u6253\u5370 / \u5bfc\u51fa");
        PreviewPage.assertFirstPageOfAPlan(PreviewPage.shown(robot));
    }
}
