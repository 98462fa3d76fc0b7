package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ascent.app.AscentApp;
import io.ascent.service.PlanFixture;
import java.nio.file.Path;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Pagination;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A user opens the print preview from the top bar, pages through it and tries to print without a printer. */
class PlanPreviewFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    @BeforeEach
    void start() throws Exception {
        Path db = dir.resolve("ascent.db");
        try (PlanFixture fixture = PlanFixture.open(db)) {
            fixture.realisticPlan("Road to Senior PM");
        }
        stage = running.start(() -> new AscentApp(db));
    }

    private boolean pageShown() {
        return robot.lookup("#previewPage")
                .tryQueryAs(ImageView.class)
                .map(view -> view.getImage() != null && view.isVisible())
                .orElse(false);
    }

    private int pageCount() {
        return robot.lookup("#previewPages").queryAs(Pagination.class).getPageCount();
    }

    @Test
    void previewShowsThePlanPageByPageAndPrintingWithoutAPrinterOffersAPdf() throws Exception {
        Waits.until(() -> robot.lookup("#printExportButton")
                        .tryQuery()
                        .map(Node::isVisible)
                        .orElse(false)
                && !robot.lookup("#printExportButton").queryButton().isDisabled());

        // when: the user opens Print / Export from the top bar
        robot.clickOn("#printExportButton");

        // then: the first page of the document shows, and the document has several pages
        Waits.until(this::pageShown);
        int pages = pageCount();
        assertThat(pages).isGreaterThan(5);
        PreviewPage.assertFirstPageOfAPlan(PreviewPage.shown(robot));
        robot.interact(() -> Screenshots.save(stage.getScene(), "plan-preview"));

        // when: private notes are included, the document gains their section
        robot.clickOn("#includeNotes");
        Waits.until(() -> pageCount() > pages);
        Waits.until(this::pageShown);

        // when: the user presses Print... on a machine without a printer
        assumeTrue(Printer.getDefaultPrinter() == null, "this step needs a machine without printers");
        robot.clickOn("#printButton");
        Waits.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        // then: Ascent says so and offers a PDF instead
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).isEqualTo("No printer is installed. Export a PDF instead?");
        Button exportPdf = robot.from(dialog).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Export PDF"))
                .findFirst()
                .orElseThrow();
        assertThat(exportPdf.isVisible()).isTrue();
        robot.interact(() -> Screenshots.save(dialog.getScene(), "no-printer"));
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }
}
