package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.app.boot.AppContext;
import io.ascent.domain.Framework;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.FxDialogService;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A PM whose company keeps its ladder as a spreadsheet of expectations (no milestones, no
 * specializations) sets up a plan on it, starts at 0%, meets one expectation with evidence and
 * finds it in the exported PDF.
 */
class ExpectationLadderFlowTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();

    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private Path importMatrix(Path db) throws Exception {
        Path csv = dir.resolve("expectation-matrix.csv");
        try (InputStream in = getClass().getResourceAsStream("/frameworks/csv/expectation-matrix.csv")) {
            Files.copy(in, csv);
        }
        try (AppContext app = AppContext.open(db, Clock.systemDefaultZone())) {
            app.frameworks().importCsv(csv, Optional.empty());
        }
        return csv;
    }

    @Test
    void aPlanOnAnExpectationOnlyLadderStartsAtZeroAndAMetExpectationShowsInThePdf() throws Exception {
        Path db = dir.resolve("ascent.db");
        importMatrix(db);
        Path pdf = dir.resolve("plan.pdf");
        Stage stage = running.start(() -> new AscentApp(db) {
            @Override
            protected DialogService dialogs(Stage owner) {
                return new FxDialogService(owner, getHostServices()) {
                    @Override
                    public Optional<Path> chooseSaveFile(
                            String title, String initialName, String typeDescription, String extension) {
                        return Optional.of(pdf);
                    }
                };
            }
        });

        // when: the new user picks the imported ladder in the setup
        Waits.until(() -> shown("#setupFramework"));
        @SuppressWarnings("unchecked")
        ComboBox<Framework> ladders = robot.lookup("#setupFramework").queryAs(ComboBox.class);
        robot.interact(() -> ladders.setValue(ladders.getItems().stream()
                .filter(f -> f.id().equals("expectation-matrix"))
                .findFirst()
                .orElseThrow()));
        robot.clickOn("#setupName").write("Matrix plan");
        robot.clickOn("#current-associate-pm");
        robot.clickOn("#target-senior-pm");
        WaitForAsyncUtils.waitForFxEvents();

        // then: no specialization to choose: the core is chosen for them
        assertThat(robot.lookup("#spec-core").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        Button create = robot.lookup("#createPlanButton").queryButton();
        assertThat(create.isDisabled()).isFalse();
        // The levels' summaries push Create below the fold of the test window.
        robot.interact(
                () -> robot.lookup(".setup-view").queryAs(ScrollPane.class).setVvalue(1));
        robot.clickOn(create);

        // then: the plan starts at 0%, with one expectation per competency and level to meet
        Waits.until(() -> shown("#dashboardPercent"));
        assertThat(text("#dashboardPercent")).isEqualTo("0%");
        assertThat(text("#dashboardReadiness")).startsWith("0 of 8 ");

        // when: the Product Manager expectation for Strategy is met, with evidence
        robot.clickOn("#nav-milestones");
        Waits.until(() -> shown("#check-strategy_product-manager"));
        CheckBox check = robot.lookup("#check-strategy_product-manager").queryAs(CheckBox.class);
        Label title = (Label) check.getParent().getChildrenUnmodifiable().get(1);
        Label badge = (Label) check.getParent().lookup(".badge");
        assertThat(title.getText()).isEqualTo("Meets the Product Manager expectation for Strategy");
        assertThat(badge.getText()).isEqualTo("Expectation");
        robot.clickOn(title);
        robot.clickOn("#evidenceArea").write("Strategy doc for checkout, approved by the group PM");
        robot.interact(() -> robot.lookup("#linkInput").query().requestFocus());
        // The row is redrawn once the evidence is saved: look the box up again.
        robot.clickOn("#check-strategy_product-manager");
        Waits.until(() -> text("#statusLabel").startsWith("Milestone done"));

        // then: readiness rises, and the competency's heading counts it
        assertThat(robot.lookup("#readinessLabel")
                        .queryAs(Label.class)
                        .getTooltip()
                        .getText())
                .contains("(1 of 8 ");
        robot.interact(() -> Screenshots.save(stage.getScene(), "expectation-ladder-milestones"));

        // when: the plan is exported as a PDF
        robot.clickOn("#nav-plan");
        Waits.until(() -> shown("#exportPdfButton")
                && !robot.lookup("#exportPdfButton").queryButton().isDisabled());
        robot.clickOn("#exportPdfButton");
        Waits.until(() -> Files.exists(pdf) && text("#planMessage").contains("plan.pdf"));

        // then: the met expectation and its evidence are in it
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(printed)
                    .contains("Meets the Product Manager expectation for Strategy")
                    .contains("Strategy doc for checkout, approved by the group PM")
                    .contains("12%");
        }
    }
}
