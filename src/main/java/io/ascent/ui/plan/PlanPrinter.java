package io.ascent.ui.plan;

import io.ascent.text.I18n;
import io.ascent.ui.common.TaskRunner;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * Prints the rendered pages with JavaFX's {@link PrinterJob}: page setup and print dialogs on
 * the JavaFX thread, each page drawn and sent to the printer on the worker.
 */
public class PlanPrinter {

    private final TaskRunner runner;
    private final BooleanSupplier printerInstalled;

    /** Prints on this machine's printers. */
    public PlanPrinter(TaskRunner runner) {
        this(runner, () -> Printer.getDefaultPrinter() != null);
    }

    /** Asks {@code printerInstalled} whether there is a printer, so tests need not depend on the machine's. */
    public PlanPrinter(TaskRunner runner, BooleanSupplier printerInstalled) {
        this.runner = runner;
        this.printerInstalled = printerInstalled;
    }

    /** False on machines without a printer (common on Linux without CUPS). */
    public boolean available() {
        return printerInstalled.getAsBoolean();
    }

    /**
     * Shows the dialogs, then prints {@code pages} pages, each drawn by {@code page}.
     * {@code done} receives a sentence for the status line.
     */
    public void print(
            Window owner, int pages, IntFunction<Image> page, Consumer<String> done, Consumer<Throwable> failed) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            done.accept(I18n.t("plan.noPrinterAvailable"));
            return;
        }
        if (!job.showPageSetupDialog(owner) || !job.showPrintDialog(owner)) {
            job.cancelJob();
            done.accept(I18n.t("plan.printCancelled"));
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        runner.run(
                () -> {
                    for (int i = 0; i < pages; i++) {
                        ImageView view = new ImageView(page.apply(i));
                        view.setPreserveRatio(true);
                        view.setFitWidth(layout.getPrintableWidth());
                        view.setFitHeight(layout.getPrintableHeight());
                        if (!job.printPage(layout, view)) {
                            throw new IllegalStateException(I18n.t("plan.printStopped", i + 1));
                        }
                    }
                    if (!job.endJob()) {
                        throw new IllegalStateException(I18n.t("plan.printUnfinished"));
                    }
                    return pages;
                },
                count -> done.accept(
                        I18n.t("plan.printed", count, job.getPrinter().getName())),
                failed);
    }
}
