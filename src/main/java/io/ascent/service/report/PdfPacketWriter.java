package io.ascent.service.report;

import static io.ascent.service.report.PdfLayout.MARGIN;
import static io.ascent.service.report.PdfLayout.WIDTH;
import static io.ascent.service.report.PdfStyle.ACCENT;
import static io.ascent.service.report.PdfStyle.BODY;
import static io.ascent.service.report.PdfStyle.MUTED;
import static io.ascent.service.report.PdfStyle.SMALL;
import static io.ascent.service.report.PdfStyle.TEXT;

import io.ascent.service.report.PacketReport.Cover;
import io.ascent.service.report.PacketReport.Evidence;
import io.ascent.service.report.PacketReport.Section;
import io.ascent.text.I18n;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Lays out a {@link PacketReport} as an A4 PDF: the cover facts, the committee's questions, then
 * one compact section per competency. Kept to a few pages: the report caps what each competency
 * shows.
 */
public final class PdfPacketWriter {

    private static final float INDENT = 12;

    public byte[] write(PacketReport report) {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            Cover cover = report.cover();
            try (PdfLayout layout = new PdfLayout(document, fonts)) {
                layout.newPage();
                layout.paragraph(I18n.t("packet.title", cover.planName()), fonts.bold, 20, ACCENT, MARGIN, WIDTH);
                layout.moveDown(4);
                for (String line : coverLines(cover)) {
                    layout.paragraph(line, fonts.regular, BODY, TEXT, MARGIN, WIDTH);
                }
                layout.moveDown(8);
                layout.sectionTitle(I18n.t("packet.questions"), 40);
                if (report.questions().isEmpty()) {
                    layout.paragraph(I18n.t("packet.questions.none"), fonts.regular, BODY, MUTED, MARGIN, WIDTH);
                }
                for (String q : report.questions()) {
                    layout.paragraph("\u2022 " + q, fonts.regular, BODY, TEXT, MARGIN, WIDTH);
                    layout.moveDown(2);
                }
                layout.moveDown(8);
                layout.sectionTitle(I18n.t("packet.competencies"), 80);
                for (Section s : report.sections()) {
                    section(layout, s);
                }
            }
            PdfPageDecorations.apply(
                    document,
                    fonts,
                    cover.planName(),
                    cover.currentLevel() + " \u2192 " + cover.targetLevel(),
                    "packet.footer");
            document.getDocumentInformation().setTitle(I18n.t("packet.title", cover.planName()));
            document.getDocumentInformation().setCreator("Ascent");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> coverLines(Cover cover) {
        List<String> lines =
                new ArrayList<>(List.of(PacketWords.route(cover), PacketWords.period(cover), cover.readiness()));
        cover.decision().ifPresent(lines::add);
        lines.add(I18n.t("packet.printedOn", I18n.date(cover.printedOn())));
        return lines;
    }

    private static void section(PdfLayout layout, Section s) {
        PdfFonts fonts = layout.fonts;
        layout.ensureSpace(4 * PdfLayout.lineHeight(BODY));
        layout.paragraph(s.title(), fonts.bold, 11, TEXT, MARGIN, WIDTH);
        if (!s.expectation().isBlank()) {
            layout.paragraph(s.expectation(), fonts.regular, SMALL, MUTED, MARGIN, WIDTH);
        }
        layout.paragraph(PacketWords.ratings(s), fonts.regular, SMALL, TEXT, MARGIN, WIDTH);
        evidence(layout, "packet.wins", s.wins(), s.moreWins(), "packet.moreWins");
        evidence(layout, "packet.milestones", s.milestones(), s.moreMilestones(), "packet.moreMilestones");
        if (!s.hasEvidence()) {
            layout.paragraph(I18n.t("packet.noEvidence"), fonts.regular, SMALL, MUTED, MARGIN + INDENT, WIDTH - INDENT);
        }
        if (!s.open().isEmpty()) {
            String open = String.join(I18n.t("common.listSeparator"), s.open())
                    + (s.moreOpen() > 0 ? " " + I18n.t("packet.moreOpen", s.moreOpen()) : "");
            layout.paragraph(
                    I18n.t("packet.open") + " " + open, fonts.regular, SMALL, MUTED, MARGIN + INDENT, WIDTH - INDENT);
        }
        layout.moveDown(8);
    }

    private static void evidence(PdfLayout layout, String headingKey, List<Evidence> items, int more, String moreKey) {
        if (items.isEmpty()) {
            return;
        }
        PdfFonts fonts = layout.fonts;
        layout.paragraph(I18n.t(headingKey), fonts.bold, SMALL, TEXT, MARGIN + INDENT, WIDTH - INDENT);
        for (Evidence e : items) {
            layout.paragraph(
                    "\u2022 " + PacketWords.evidence(e), fonts.regular, SMALL, TEXT, MARGIN + INDENT, WIDTH - INDENT);
        }
        if (more > 0) {
            layout.paragraph(I18n.t(moreKey, more), fonts.regular, SMALL, MUTED, MARGIN + INDENT, WIDTH - INDENT);
        }
    }
}
