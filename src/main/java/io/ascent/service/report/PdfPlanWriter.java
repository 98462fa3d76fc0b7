package io.ascent.service.report;

import io.ascent.text.I18n;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays out a {@link PlanReport} as an A4 PDF with PDFBox: cover, summary with radar, gaps, the
 * manager review when there is one, next 30/60/90 days, checklist, evidence,
 * private notes when included, resources; header and "page N of M" footer on every page.
 */
public final class PdfPlanWriter {

    public byte[] write(PlanReport report) {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            try (PdfLayout layout = new PdfLayout(document, fonts)) {
                PdfCoverPage.draw(layout, report, PdfCoverPage.contents(report));
                PdfSummary.draw(layout, report);
                PdfGapTable.draw(layout, report);
                PdfReviewSection.draw(layout, report);
                PdfNextDays.draw(layout, report);
                PdfChecklist.draw(layout, report);
                PdfDetails.evidence(layout, report);
                PdfWins.draw(layout, report.wins());
                if (report.notesIncluded()) {
                    PdfDetails.notes(layout, report);
                }
                PdfDetails.resources(layout, report);
            }
            var cover = report.cover();
            PdfPageDecorations.apply(
                    document, fonts, cover.planName(), cover.currentLevel() + " \u2192 " + cover.targetLevel());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(I18n.t("report.docTitle", cover.planName()));
            info.setCreator("Ascent");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(I18n.t("report.error.write"), e);
        }
    }
}
