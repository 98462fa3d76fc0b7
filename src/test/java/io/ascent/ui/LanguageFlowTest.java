package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.ui.common.I18n;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The chosen language changes the window's words; the framework content stays as written. */
class LanguageFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private AscentApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        I18n.setLocale(Locale.ENGLISH);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            en,    Create plan, Ascent — Welcome,     Senior PM
            es,    Crear plan,  Ascent — Bienvenida,  Senior PM
            zh-CN, 创建计划,     Ascent — 欢迎,        Senior PM
            """)
    void setupSpeaksTheChosenLanguage(String tag, String createLabel, String title, String level) throws Exception {
        I18n.setLocale(Locale.forLanguageTag(tag));
        Stage stage = AppFixture.freshStage();
        app = (AscentApp) FxToolkit.setupApplication(() -> new AscentApp(dir.resolve(tag + ".db")));

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#createPlanButton").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#createPlanButton").queryAs(Button.class).getText()).isEqualTo(createLabel);
        assertThat(stage.getTitle()).isEqualTo(title);
        assertThat(robot.lookup("#target-senior-pm").queryAs(javafx.scene.control.RadioButton.class).getText())
                .isEqualTo(level);
        robot.interact(() -> Screenshots.save(stage.getScene(), "setup-" + tag));
    }
}
