package io.ascent.service.report;

import static io.ascent.service.report.PdfStyle.BORDER;
import static io.ascent.service.report.PdfStyle.MUTED;
import static io.ascent.service.report.PdfStyle.SMALL;

import io.ascent.text.I18n;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Headers and footers, drawn once all pages exist so each can say "page N of M". The footer
 * (plan name and page number) is on every page; the header on every page after the cover.
 */
final class PdfPageDecorations {

    private PdfPageDecorations() {}

    static void apply(PDDocument document, PdfFonts fonts, String planName, String route) {
        apply(document, fonts, planName, route, "report.footer.name");
    }

    /** The same with the footer's words for the document ({@code footerKey}, e.g. the packet's). */
    static void apply(PDDocument document, PdfFonts fonts, String planName, String route, String footerKey) {
        int total = document.getNumberOfPages();
        float left = PdfLayout.MARGIN;
        float right = PdfLayout.SIZE.getWidth() - PdfLayout.MARGIN;
        float height = PdfLayout.SIZE.getHeight();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream cs =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String pageText = fonts.printable(fonts.regular, I18n.t("report.footer.page", i + 1, total));
                float pageWidth = fonts.width(fonts.regular, SMALL, pageText);
                String name = fit(fonts, fonts.regular, I18n.t(footerKey, planName), right - left - pageWidth - 24);
                rule(cs, left, right, 50);
                text(cs, fonts, fonts.regular, name, left, 36);
                text(cs, fonts, fonts.regular, pageText, right - pageWidth, 36);
                if (i > 0) {
                    String routeText = fonts.printable(fonts.regular, route);
                    float routeWidth = fonts.width(fonts.regular, SMALL, routeText);
                    String header = fit(fonts, fonts.bold, planName, right - left - routeWidth - 24);
                    text(cs, fonts, fonts.bold, header, left, height - 44);
                    text(cs, fonts, fonts.regular, routeText, right - routeWidth, height - 44);
                    rule(cs, left, right, height - 52);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@code text} made printable and shortened with an ellipsis to fit {@code width}. */
    private static String fit(PdfFonts fonts, PDType0Font font, String text, float width) {
        String printable = fonts.printable(font, text);
        if (fonts.width(font, SMALL, printable) <= width) {
            return printable;
        }
        int end = printable.length();
        while (end > 1 && fonts.width(font, SMALL, printable.substring(0, end) + "\u2026") > width) {
            end = printable.offsetByCodePoints(end, -1);
        }
        return printable.substring(0, end) + "\u2026";
    }

    private static void rule(PDPageContentStream cs, float left, float right, float y) throws IOException {
        cs.setStrokingColor(BORDER);
        cs.setLineWidth(0.6f);
        cs.moveTo(left, y);
        cs.lineTo(right, y);
        cs.stroke();
    }

    private static void text(PDPageContentStream cs, PdfFonts fonts, PDType0Font font, String text, float x, float y)
            throws IOException {
        fonts.show(cs, font, SMALL, MUTED, text, x, y);
    }
}
