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
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

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
                    // A question is read whole: it never starts at the foot of one page and ends on the next.
                    Block question = new Block("\u2022 " + q, fonts.regular, BODY, TEXT, MARGIN, WIDTH);
                    layout.ensureSpace(Math.min(question.height(layout), PdfLayout.TOP - PdfLayout.BOTTOM));
                    question.write(layout);
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

    /**
     * One competency, kept on one page when it fits on one (a section is capped, so it usually
     * does): no heading at the foot of a page and no "Still open" line alone on the next. A longer
     * one starts with its heading and at least its first lines together.
     */
    private static void section(PdfLayout layout, Section s) {
        PdfFonts fonts = layout.fonts;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(s.title(), fonts.bold, 11, TEXT, MARGIN, WIDTH));
        if (!s.expectation().isBlank()) {
            blocks.add(new Block(s.expectation(), fonts.regular, SMALL, MUTED, MARGIN, WIDTH));
        }
        blocks.add(new Block(PacketWords.ratings(s), fonts.regular, SMALL, TEXT, MARGIN, WIDTH));
        evidence(blocks, fonts, "packet.wins", s.wins(), s.moreWins(), "packet.moreWins");
        evidence(blocks, fonts, "packet.milestones", s.milestones(), s.moreMilestones(), "packet.moreMilestones");
        if (!s.hasEvidence()) {
            blocks.add(new Block(
                    I18n.t("packet.noEvidence"), fonts.regular, SMALL, MUTED, MARGIN + INDENT, WIDTH - INDENT));
        }
        if (!s.open().isEmpty()) {
            String open = String.join(I18n.t("common.listSeparator"), s.open())
                    + (s.moreOpen() > 0 ? " " + I18n.t("packet.moreOpen", s.moreOpen()) : "");
            blocks.add(new Block(
                    I18n.t("packet.open") + " " + open, fonts.regular, SMALL, MUTED, MARGIN + INDENT, WIDTH - INDENT));
        }
        float height = 0;
        for (Block b : blocks) {
            height += b.height(layout);
        }
        layout.ensureSpace(height <= PdfLayout.TOP - PdfLayout.BOTTOM ? height : 4 * PdfLayout.lineHeight(BODY));
        for (Block b : blocks) {
            b.write(layout);
        }
        layout.moveDown(8);
    }

    private static void evidence(
            List<Block> blocks, PdfFonts fonts, String headingKey, List<Evidence> items, int more, String moreKey) {
        if (items.isEmpty()) {
            return;
        }
        blocks.add(new Block(I18n.t(headingKey), fonts.bold, SMALL, TEXT, MARGIN + INDENT, WIDTH - INDENT));
        for (Evidence e : items) {
            blocks.add(new Block(
                    "\u2022 " + PacketWords.evidence(e), fonts.regular, SMALL, TEXT, MARGIN + INDENT, WIDTH - INDENT));
        }
        if (more > 0) {
            blocks.add(new Block(I18n.t(moreKey, more), fonts.regular, SMALL, MUTED, MARGIN + INDENT, WIDTH - INDENT));
        }
    }

    /** A paragraph measured before it is written, so what must stay together can. */
    private record Block(String text, PDType0Font font, float size, Color color, float x, float width) {

        float height(PdfLayout layout) {
            return layout.wrap(text, font, size, width).size() * PdfLayout.lineHeight(size);
        }

        void write(PdfLayout layout) {
            layout.paragraph(text, font, size, color, x, width);
        }
    }
}
