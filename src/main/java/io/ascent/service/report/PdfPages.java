package io.ascent.service.report;

import io.ascent.text.I18n;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Pages of a written PDF as images, for the print preview and for printing. */
public final class PdfPages {

    private PdfPages() {}

    public static int count(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(I18n.t("report.error.read"), e);
        }
    }

    /** Page {@code index} (from 0) at {@code dpi} dots per inch; 72 is the PDF's own size. */
    public static BufferedImage render(byte[] pdf, int index, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(index, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(I18n.t("report.error.page", index + 1), e);
        }
    }
}
