package io.ascent.ui.plan;

import io.ascent.domain.PlanSnapshot;
import io.ascent.service.ExportFormat;
import io.ascent.service.ExportService;
import io.ascent.service.report.PdfPages;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.PlanSession;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.image.Image;
import javafx.stage.Window;

/**
 * The print preview of the current plan and its commands: print, export (PDF, Markdown, JSON)
 * and import. The PDF is written on the worker whenever the page is shown after a change.
 */
public class PlanPreviewViewModel {

    static final float PREVIEW_DPI = 110;
    static final float PRINT_DPI = 200;

    private final PlanSession session;
    private final ExportService exports;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final PlanPrinter printer;
    private final PreviewDocument document;
    private int generation;
    private boolean active;
    private boolean stale = true;

    // Properties
    private final BooleanProperty includeNotes = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    // The plan the message is about: the open one when it was said, or the plan just imported.
    private long messagePlanId = -1;

    public PlanPreviewViewModel(
            PlanSession session, ExportService exports, TaskRunner runner, DialogService dialogs, PlanPrinter printer) {
        this.session = session;
        this.exports = exports;
        this.runner = runner;
        this.dialogs = dialogs;
        this.printer = printer;
        this.document = new PreviewDocument(runner, message::set);
        session.currentProperty().addListener((obs, old, view) -> {
            // What was said about one plan ("Exported to ...") is not said about the next.
            long now = view == null ? -1 : view.plan().id();
            if (now != messagePlanId && (old == null || old.plan().id() != now)) {
                message.set("");
            }
            changed();
        });
        includeNotes.addListener((obs, old, value) -> changed());
    }

    public BooleanProperty includeNotesProperty() {
        return includeNotes;
    }

    /** Pages of the previewed document; 0 while none is ready. */
    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    /** True while an export or import runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last command did, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // Commands

    /** The view is on screen (or not); a preview is only written while it is. */
    public void setActive(boolean active) {
        this.active = active;
        if (active && stale) {
            refresh();
        }
    }

    private void changed() {
        stale = true;
        if (active) {
            refresh();
        }
    }

    public void refresh() {
        stale = false;
        int mine = ++generation;
        Optional<PlanSnapshot> view = session.current();
        if (view.isEmpty()) {
            show(mine, null, 0);
            return;
        }
        rendering.set(true);
        long planId = view.get().plan().id();
        boolean notes = includeNotes.get();
        runner.run(
                () -> {
                    byte[] bytes = exports.render(planId, ExportFormat.PDF, notes);
                    return new Object[] {bytes, PdfPages.count(bytes)};
                },
                result -> show(mine, (byte[]) result[0], (Integer) result[1]),
                e -> {
                    if (mine == generation) {
                        rendering.set(false);
                        message.set(I18n.t("plan.previewFailed", Messages.of(e)));
                    }
                });
    }

    private void show(int mine, byte[] bytes, int count) {
        if (mine != generation) {
            return;
        }
        document.replace(bytes);
        pageCount.set(0);
        pageCount.set(count);
        rendering.set(false);
    }

    /** Draws page {@code index} (from 0) on the worker and hands it to {@code onImage}. */
    public void page(int index, Consumer<Image> onImage) {
        document.page(index, PREVIEW_DPI, onImage);
    }

    public void print(Window owner) {
        if (!printer.available()) {
            if (dialogs.confirm(
                    I18n.t("plan.noPrinter.title"),
                    I18n.t("plan.noPrinter.message"),
                    I18n.t("plan.noPrinter.confirm"))) {
                exportAs(ExportFormat.PDF);
            }
            return;
        }
        Optional<PlanSnapshot> view = session.current();
        if (view.isEmpty()) {
            return;
        }
        long planId = view.get().plan().id();
        boolean notes = includeNotes.get();
        // From the menu the preview may not exist yet: write the PDF first, on the worker.
        runner.run(
                () -> document.pdf().orElseGet(() -> exports.render(planId, ExportFormat.PDF, notes)),
                bytes -> printer.print(
                        owner,
                        PdfPages.count(bytes),
                        i -> PageImages.toFx(PdfPages.render(bytes, i, PRINT_DPI)),
                        message::set,
                        e -> dialogs.showError(I18n.t("plan.printFailed"), Messages.of(e))),
                e -> dialogs.showError(I18n.t("plan.printFailed"), Messages.of(e)));
    }

    public void exportAs(ExportFormat format) {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            return;
        }
        long planId = view.plan().id();
        boolean notes = includeNotes.get();
        String type = format.description();
        dialogs.chooseSaveFile(
                        I18n.t("plan.exportTitle", type),
                        format.fileNameFor(view.plan().name()),
                        type,
                        format.extension())
                .ifPresent(file -> runner.run(
                        () -> exports.targetExists(file),
                        exists -> {
                            if (!exists
                                    || dialogs.confirm(
                                            I18n.t("plan.replaceTitle"),
                                            I18n.t("plan.replaceConfirm", file.getFileName()),
                                            I18n.t("plan.replaceButton"))) {
                                write(planId, format, file, notes, exists);
                            }
                        },
                        e -> failed(I18n.t("plan.exportFailed"), e)));
    }

    private void write(long planId, ExportFormat format, Path file, boolean notes, boolean replace) {
        busy.set(true);
        message.set(I18n.t("plan.exporting"));
        runner.run(
                () -> exports.export(planId, format, file, notes, replace),
                () -> {
                    busy.set(false);
                    message.set(I18n.t(notes ? "plan.exportedWithNotes" : "plan.exported", file.toString()));
                },
                e -> failed(I18n.t("plan.exportFailed"), e));
    }

    public void importPlan() {
        new PlanImport(session, exports, runner, dialogs, busy::set, message::set, this::sayAbout, this::failed).run();
    }

    private void sayAbout(String text, long planId) {
        messagePlanId = planId;
        message.set(text);
    }

    private void failed(String title, Throwable e) {
        busy.set(false);
        message.set(title + ".");
        dialogs.showError(title, Messages.of(e));
    }
}
