package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Few systems have a bold Chinese face, so a bold heading drew its Chinese regular and its Latin
 * letters and digits bold ("欢迎使用 Ascent" with a heavy "Ascent"). Under Chinese every text is
 * drawn in one weight, headings outlined to stand out; English keeps its bold.
 */
class CjkHeadingsFlowTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();

    @AfterEach
    void englishAgain() {
        I18n.setLocale(Locale.ENGLISH);
    }

    /** The drawn text of each visible labeled, with the style of the face it is drawn in. */
    private static List<Text> drawn(Scene scene) {
        List<Text> texts = new ArrayList<>();
        collect(scene.getRoot(), texts);
        return texts;
    }

    private static void collect(Node node, List<Text> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            labeled.getChildrenUnmodifiable().stream()
                    .filter(Text.class::isInstance)
                    .map(Text.class::cast)
                    .filter(t -> !t.getText().isBlank())
                    .forEach(texts::add);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private Text title(String tag) throws Exception {
        I18n.setLocale(Locale.forLanguageTag(tag));
        Stage stage = running.start(() -> new AscentApp(dir.resolve(tag + ".db")));
        Waits.untilShown(robot, "#setupName");
        List<Text> texts = new ArrayList<>();
        robot.interact(() -> texts.addAll(drawn(stage.getScene())));
        robot.interact(() -> Screenshots.save(stage.getScene(), "setup-headings-" + tag));
        return texts.stream()
                .filter(t -> t.getText().contains("Ascent")
                        && t.getParent().getStyleClass().contains("title"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aChineseHeadingIsDrawnInOneWeightAndOutlined() throws Exception {
        Text welcome = title("zh-CN");

        assertThat(welcome.getText()).contains("\u6b22\u8fce");
        assertThat(welcome.getFont().getStyle()).doesNotContainIgnoringCase("bold");
        assertThat(welcome.getStroke()).isNotNull();
        assertThat(welcome.getStrokeWidth()).isPositive();
    }

    @Test
    void anEnglishHeadingStaysBold() throws Exception {
        Text welcome = title("en");

        assertThat(welcome.getFont().getStyle()).containsIgnoringCase("bold");
        assertThat(welcome.getStroke()).isNull();
    }
}
