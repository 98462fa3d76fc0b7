package io.ascent.ui.plan;

import io.ascent.service.report.PdfPages;
import io.ascent.text.I18n;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.image.Image;

/**
 * The PDF on show in the preview and its pages drawn so far. Pages are drawn on the worker when
 * first asked for and kept; a new document drops them, and late drawings of an old one are ignored.
 */
final class PreviewDocument {

    private final TaskRunner runner;
    private final Consumer<String> onProblem;
    private final Map<Integer, Image> pages = new HashMap<>();
    private final Map<Integer, List<Consumer<Image>>> drawing = new HashMap<>();
    private byte[] pdf;
    private int version;

    PreviewDocument(TaskRunner runner, Consumer<String> onProblem) {
        this.runner = runner;
        this.onProblem = onProblem;
    }

    void replace(byte[] newPdf) {
        version++;
        pdf = newPdf;
        pages.clear();
        drawing.clear();
    }

    Optional<byte[]> pdf() {
        return Optional.ofNullable(pdf);
    }

    void page(int index, float dpi, Consumer<Image> onImage) {
        Image cached = pages.get(index);
        if (cached != null) {
            onImage.accept(cached);
            return;
        }
        byte[] bytes = pdf;
        if (bytes == null) {
            return;
        }
        // The pagination may ask for the same page again while it is being drawn: draw it once.
        List<Consumer<Image>> waiting = drawing.get(index);
        if (waiting != null) {
            waiting.add(onImage);
            return;
        }
        List<Consumer<Image>> callbacks = new ArrayList<>(List.of(onImage));
        drawing.put(index, callbacks);
        int mine = version;
        runner.run(
                () -> PageImages.toFx(PdfPages.render(bytes, index, dpi)),
                image -> {
                    if (mine == version) {
                        drawing.remove(index);
                        pages.put(index, image);
                        callbacks.forEach(c -> c.accept(image));
                    }
                },
                e -> {
                    if (mine == version) {
                        drawing.remove(index);
                        onProblem.accept(I18n.t("plan.pageFailed", index + 1, Messages.of(e)));
                    }
                });
    }
}
