package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.FxDialogService;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A Spanish-speaking PM picks a hostile file on the Framework page: the limit is named in Spanish, the ladder stays. */
class HostileImportFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final Deque<Path> chosenFiles = new ArrayDeque<>();
    private Stage stage;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    @BeforeEach
    void registerStage() throws Exception {
        stage = AppFixture.freshStage();
        I18n.setLocale(Locale.forLanguageTag("es"));
    }

    @Test
    void aHostileFrameworkFileIsExplainedInTheUsersLanguageAndTheLadderStays() throws Exception {
        Path db = dir.resolve("ascent.db");
        try (Database database = Database.open(db)) {
            new SqlitePlanRepository(database)
                    .create(
                            new PlanDraft(
                                    "Camino a Director",
                                    "pm-default",
                                    "senior-pm",
                                    "director",
                                    "growth",
                                    Optional.empty()),
                            Instant.now());
        }
        running.startKeepingStage(() -> new AscentApp(db) {
            @Override
            protected DialogService dialogs(Stage owner) {
                return new FxDialogService(owner, getHostServices()) {
                    @Override
                    public Optional<Path> chooseOpenFile(String title, String description, List<String> extensions) {
                        return Optional.ofNullable(chosenFiles.poll());
                    }
                };
            }
        });
        Waits.until(() ->
                robot.lookup("#nav-framework").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#nav-framework");
        Waits.until(() ->
                robot.lookup("#frameworkMatrix").tryQuery().map(Node::isVisible).orElse(false));

        // when: a file nested ten thousand lists deep is chosen
        chosenFiles.add(
                Path.of(getClass().getResource("/hostile/fw-deep-arrays.json").toURI()));
        robot.clickOn("#importFrameworkButton");
        Waits.until(() ->
                robot.lookup("#frameworkMessage").queryAs(Label.class).getText().contains("fw-deep-arrays.json:"));
        WaitForAsyncUtils.waitForFxEvents();

        // then: the message names the file, the problem and the limit, in Spanish; the shipped ladder is still shown
        assertThat(robot.lookup("#frameworkMessage").queryAs(Label.class).getText())
                .contains("fw-deep-arrays.json: el JSON está anidado a demasiada profundidad (más de 16 niveles");
        assertThat(robot.lookup(".matrix-cell").queryAll()).hasSize(30 * 6);
        robot.interact(() -> Screenshots.save(stage.getScene(), "hostile-import-es"));
    }
}
