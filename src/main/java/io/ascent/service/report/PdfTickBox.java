package io.ascent.service.report;

import io.ascent.domain.MilestoneStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The drawn checkbox of the checklist: empty to do, half-filled in progress, ticked done. */
final class PdfTickBox {

    static final float SIZE = 9.5f;

    private PdfTickBox() {}

    /** Draws the box with its lower-left corner at ({@code x}, {@code y}). */
    static void draw(PdfLayout layout, float x, float y, MilestoneStatus status) {
        try {
            PDPageContentStream cs = layout.stream();
            switch (status) {
                case DONE -> {
                    layout.fillRect(x, y, SIZE, SIZE, PdfStyle.SUCCESS);
                    cs.setStrokingColor(PdfStyle.WHITE);
                    cs.setLineWidth(1.5f);
                    cs.moveTo(x + 2.0f, y + 4.9f);
                    cs.lineTo(x + 4.0f, y + 2.6f);
                    cs.lineTo(x + 7.6f, y + 7.2f);
                    cs.stroke();
                }
                case IN_PROGRESS -> {
                    layout.strokeRect(x, y, SIZE, SIZE, PdfStyle.PROGRESS, 1f);
                    layout.fillRect(x + 0.5f, y + 0.5f, SIZE / 2 - 0.5f, SIZE - 1f, PdfStyle.PROGRESS);
                }
                case TODO -> layout.strokeRect(x, y, SIZE, SIZE, PdfStyle.MUTED, 0.9f);
                default -> throw new IllegalStateException("unknown status " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
