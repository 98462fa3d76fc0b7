package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;

/**
 * The chosen language changes the window's words and the default ladder's: its second edition carries
 * Spanish and Chinese translations (level titles that Spanish PMs say in English stay so).
 */
class LanguageFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final RunningApp running = new RunningApp();

    @ParameterizedTest
    @CsvSource(textBlock = """
            en,    Create plan, Ascent — Welcome,     Senior PM,    Individual contributor,  Director of Product
            es,    Crear plan,  Ascent — Bienvenida,  Senior PM,    Contribución individual, Director de Producto
            zh-CN, 创建计划,     Ascent — 欢迎,        高级产品经理, 专业通道,                产品总监
            """)
    void setupSpeaksTheChosenLanguage(
            String tag, String createLabel, String title, String level, String icTrack, String director)
            throws Exception {
        I18n.setLocale(Locale.forLanguageTag(tag));
        Stage stage = running.start(() -> new AscentApp(dir.resolve(tag + ".db")));

        waitFor("#createPlanButton");

        assertThat(robot.lookup("#createPlanButton").queryAs(Button.class).getText())
                .isEqualTo(createLabel);
        assertThat(stage.getTitle()).isEqualTo(title);
        assertThat(robot.lookup("#target-senior-pm").queryAs(RadioButton.class).getText())
                .isEqualTo(level);
        // Both paths of the default ladder, under their names, with the usual targets of each marked.
        assertThat(robot.lookup("#target-track-ic").queryAs(Label.class).getText())
                .isEqualTo(icTrack);
        assertThat(robot.lookup("#target-director").queryAs(RadioButton.class).getText())
                .isEqualTo(director);
        assertThat(robot.lookup("#target-principal-pm")
                        .queryAs(RadioButton.class)
                        .getStyleClass())
                .contains("highlighted");
        picture(stage, "setup-" + tag);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            es,    0 de,      Senior PM,    Valora tus competencias en la página Evaluación, Aún no hay ritmo, Preparación, Estrategia y visión de producto: Associate PM; faltan 2 niveles, 1 hito hecho en los últimos 90 días., Aún no:,    Sólido:,    Se necesitan 2 de 3
            zh-CN, 已完成 0/, 高级产品经理, 在“自我评估”页面为各能力项评级,                     还没有进度速度,   就绪度,     产品策略与愿景：助理产品经理，还差 2 级,                          最近 90 天已完成 1 个里程碑。, 尚未达到：, 表现出色：, 3 项中需完成 2 项
            """)
    void dashboardSpeaksTheChosenLanguage(
            String tag,
            String readinessStart,
            String target,
            String radarEmpty,
            String paceStart,
            String readinessTitle,
            String gapLine,
            String paceAfterOneTick,
            String notYet,
            String strong,
            String needed)
            throws Exception {
        I18n.setLocale(Locale.forLanguageTag(tag));
        Stage stage = running.start(() -> new AscentApp(dir.resolve(tag + ".db")));
        waitFor("#setupName");
        robot.clickOn("#setupName").write("Senior PM 2027");
        robot.clickOn("#current-pm");
        robot.clickOn("#target-senior-pm");
        robot.clickOn("#spec-growth");
        // The second edition's longer level summaries push Create below the fold of the test window.
        robot.interact(
                () -> robot.lookup(".setup-view").queryAs(ScrollPane.class).setVvalue(1));
        robot.clickOn("#createPlanButton");

        // then: the landing dashboard's captions, empty states and the ladder's level are translated
        waitFor("#dashboardPercent");
        waitUntil(() -> text("#dashboardReadiness").startsWith(readinessStart));
        assertThat(text("#dashboardReadiness")).contains(target);
        assertThat(text("#radarEmpty")).startsWith(radarEmpty);
        assertThat(text("#dashboardPace")).startsWith(paceStart);
        assertThat(robot.lookup(".card-title").queryAllAs(Label.class).stream().map(Label::getText))
                .contains(readinessTitle);
        picture(stage, "dashboard-" + tag);

        // when: one competency is rated low and a milestone is ticked
        robot.clickOn("#nav-assessment");
        waitFor("#rate-product-strategy-apm");
        clickRevealed("#rate-product-strategy-apm");
        waitUntil(() -> !text("#assessmentSummary").startsWith("0"));
        robot.clickOn("#nav-milestones");
        waitFor("#milestoneTree");
        robot.clickOn(robot.lookup(".milestone-row .check-box").queryAllAs(CheckBox.class).stream()
                .filter(c -> c.isVisible() && !c.isSelected())
                .findFirst()
                .orElseThrow());
        robot.clickOn("#nav-dashboard");

        // then: gaps and pace are worded in that language (one tick is too little history to project)
        waitUntil(() -> text("#dashboardPace").startsWith(paceAfterOneTick));
        waitUntil(() -> lines("#dashboardGaps").contains(gapLine));
        assertThat(text("#dashboardProjection")).isEmpty();
        picture(stage, "dashboard-" + tag + "-rated");
        robot.interact(
                () -> robot.lookup(".dashboard-view").queryAs(ScrollPane.class).setVvalue(1));
        picture(stage, "dashboard-" + tag + "-lower");

        // and: a check-in shows in the history page's words
        robot.clickOn("#checkInButton");
        waitFor("#textDialogInput");
        robot.clickOn("#textDialogInput").write("OK").type(KeyCode.ENTER);
        robot.clickOn("#nav-history");
        waitUntil(() ->
                robot.lookup("#checkInList").queryAs(ListView.class).getItems().size() == 1);
        // then: the history lists the check-in, its readiness and note, in that language
        assertThat(picture(stage, "history-" + tag))
                .contains(HISTORY_TITLE.get(tag), HISTORY_NEED_TWO.get(tag))
                .anyMatch(t -> t.startsWith("#1 \u00b7 ") && t.endsWith(HISTORY_LINE_END.get(tag)));
        robot.clickOn("#nav-assessment");
        waitFor("#assessmentSummary");
        // and: an unrated competency shows the current level (PM) with what "not yet" and "strong" look like
        assertThat(text("#descriptor-not-yet-roadmap-prioritization")).startsWith(notYet);
        assertThat(text("#descriptor-strong-roadmap-prioritization")).startsWith(strong);
        picture(stage, "assessment-" + tag);

        // and: the Framework page shows the ladder, both tracks and "k of n" in that language
        robot.clickOn("#nav-framework");
        waitFor("#cell-product-strategy-principal-pm");
        assertThat(robot.lookup("#cell-product-strategy-principal-pm .matrix-count")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo(needed);
        picture(stage, "framework-" + tag);
    }

    private void waitFor(String query) {
        Waits.untilShown(robot, query);
    }

    private void waitUntil(Supplier<Boolean> condition) throws Exception {
        Waits.until(condition::get);
    }

    /** The history page's words: list title, compare hint, and how the check-in line ends (1 of 42 done). */
    private static final Map<String, String> HISTORY_TITLE =
            Map.of("es", "Registros de avance", "zh-CN", "\u8fdb\u5ea6\u8bb0\u5f55");

    private static final Map<String, String> HISTORY_NEED_TWO = Map.of(
            "es",
            "Haz dos registros de avance para compararlos.",
            "zh-CN",
            "\u505a\u4e24\u6b21\u8fdb\u5ea6\u8bb0\u5f55\u540e\u5373\u53ef\u6bd4\u8f83\u3002");
    private static final Map<String, String> HISTORY_LINE_END =
            Map.of("es", "(1 de 42) \u00b7 OK", "zh-CN", "\uff081/42\uff09\u00b7 OK");

    /** Saves the picture once no text lies outside the window; returns the texts it shows. */
    private List<String> picture(Stage stage, String name) {
        List<List<String>> shown = new ArrayList<>();
        robot.interact(() -> {
            assertThat(InWindow.outside(stage.getScene()))
                    .as("texts outside the window in " + name)
                    .isEmpty();
            shown.add(InWindow.texts(stage.getScene()));
            Screenshots.save(stage.getScene(), name);
        });
        return shown.get(0);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private String lines(String query) {
        return robot.lookup(query).queryAs(VBox.class).getChildrenUnmodifiable().stream()
                .map(n -> n instanceof Label l
                        ? l.getText()
                        : n.lookupAll(".label").stream()
                                .map(x -> ((Label) x).getText())
                                .reduce("", (a, b) -> a + " " + b))
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private void clickRevealed(String query) {
        Revealed.click(robot, query);
    }
}
