package io.ascent.service.report;

import static io.ascent.service.report.PdfLayout.MARGIN;
import static io.ascent.service.report.PdfLayout.WIDTH;
import static io.ascent.service.report.PdfStyle.ACCENT;
import static io.ascent.service.report.PdfStyle.BODY;
import static io.ascent.service.report.PdfStyle.MUTED;
import static io.ascent.service.report.PdfStyle.SMALL;
import static io.ascent.service.report.PdfStyle.TEXT;

import io.ascent.service.report.PlanReport.EvidenceEntry;
import io.ascent.service.report.PlanReport.NoteEntry;
import io.ascent.service.report.PlanReport.ResourceEntry;
import io.ascent.text.I18n;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/** The text-heavy sections: evidence, private notes (only when included) and resources. */
final class PdfDetails {

    private static final float INDENT = 10;

    private PdfDetails() {}

    static void evidence(PdfLayout layout, PlanReport report) {
        PdfFonts fonts = layout.fonts;
        layout.sectionTitle(I18n.t("report.section.evidence"));
        if (report.evidence().isEmpty()) {
            layout.paragraph(I18n.t("report.evidence.none"), fonts.regular, BODY, MUTED, MARGIN, WIDTH);
            return;
        }
        for (EvidenceEntry entry : report.evidence()) {
            heading(
                    layout,
                    entry.milestoneTitle(),
                    entry.competency()
                            + entry.doneDate()
                                    .map(d -> " \u00b7 " + PlanReport.doneOn(d))
                                    .orElse(""));
            if (entry.evidence().isBlank() && entry.links().isEmpty()) {
                layout.paragraph(
                        I18n.t("report.evidence.empty"), fonts.regular, BODY, MUTED, MARGIN + INDENT, WIDTH - INDENT);
            } else if (!entry.evidence().isBlank()) {
                layout.paragraph(entry.evidence(), fonts.regular, BODY, TEXT, MARGIN + INDENT, WIDTH - INDENT);
            }
            for (String url : entry.links()) {
                layout.moveDown(2);
                link(layout, url);
            }
            for (String win : entry.wins()) {
                layout.moveDown(2);
                layout.paragraph(
                        I18n.t("report.evidence.win", win), fonts.regular, BODY, TEXT, MARGIN + INDENT, WIDTH - INDENT);
            }
            layout.moveDown(10);
        }
    }

    static void notes(PdfLayout layout, PlanReport report) {
        PdfFonts fonts = layout.fonts;
        layout.sectionTitle(I18n.t("report.section.notes"));
        layout.paragraph(I18n.t("report.notes.intro"), fonts.regular, BODY, MUTED, MARGIN, WIDTH);
        layout.moveDown(10);
        if (report.notes().isEmpty()) {
            layout.paragraph(I18n.t("report.notes.none"), fonts.regular, BODY, MUTED, MARGIN, WIDTH);
        }
        for (NoteEntry note : report.notes()) {
            heading(layout, note.milestoneTitle(), note.competency());
            layout.paragraph(note.notes(), fonts.regular, BODY, TEXT, MARGIN + INDENT, WIDTH - INDENT);
            layout.moveDown(10);
        }
    }

    static void resources(PdfLayout layout, PlanReport report) {
        PdfFonts fonts = layout.fonts;
        layout.sectionTitle(I18n.t("report.section.resources"));
        layout.paragraph(
                report.summary().resourcesForGaps()
                        ? I18n.t("report.resources.forGaps")
                        : I18n.t("report.resources.forPlan"),
                fonts.regular,
                BODY,
                MUTED,
                MARGIN,
                WIDTH);
        layout.moveDown(8);
        if (report.resources().isEmpty()) {
            layout.paragraph(I18n.t("report.resources.none"), fonts.regular, BODY, MUTED, MARGIN, WIDTH);
            return;
        }
        for (ResourceEntry resource : report.resources()) {
            // A resource is short: keep it on one page rather than split its last line off.
            layout.ensureSpace(48
                    + layout.wrap(resource.url(), fonts.regular, SMALL, WIDTH - INDENT)
                                    .size()
                            * 12
                    + layout.wrap(builds(resource), fonts.regular, SMALL, WIDTH - INDENT)
                                    .size()
                            * 12);
            String kind = PlanReport.kind(resource.kind());
            String separator = kind.isEmpty() || resource.author().isBlank() ? "" : " \u00b7 ";
            heading(layout, resource.title(), kind + separator + resource.author());
            if (!resource.url().isBlank()) {
                link(layout, resource.url());
            }
            layout.paragraph(builds(resource), fonts.regular, SMALL, MUTED, MARGIN + INDENT, WIDTH - INDENT);
            layout.moveDown(10);
        }
    }

    private static String builds(ResourceEntry resource) {
        return I18n.t("report.resources.builds", String.join(I18n.t("common.listSeparator"), resource.builds()));
    }

    /** The URL in the accent colour, clickable in PDF readers. */
    private static void link(PdfLayout layout, String url) {
        var lines = layout.wrap(url, layout.fonts.regular, SMALL, WIDTH - INDENT);
        float height = lines.size() * PdfLayout.lineHeight(SMALL);
        layout.ensureSpace(height);
        float top = layout.y();
        layout.lines(lines, layout.fonts.regular, SMALL, ACCENT, MARGIN + INDENT, top);
        float width = 0;
        for (String line : lines) {
            width = Math.max(width, layout.fonts.width(layout.fonts.regular, SMALL, line));
        }
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(MARGIN + INDENT, top - height, width, height));
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        link.setBorderStyle(noBorder);
        PDActionURI action = new PDActionURI();
        action.setURI(url);
        link.setAction(action);
        try {
            layout.currentPage().getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        layout.moveDown(height);
    }

    /** A bold title with a muted line under it, kept together with the first line that follows. */
    private static void heading(PdfLayout layout, String title, String meta) {
        PdfFonts fonts = layout.fonts;
        var titleLines = layout.wrap(title, fonts.bold, 10.5f, WIDTH);
        var metaLines = layout.wrap(meta, fonts.regular, SMALL, WIDTH);
        layout.ensureSpace(titleLines.size() * PdfLayout.lineHeight(10.5f)
                + metaLines.size() * PdfLayout.lineHeight(SMALL)
                + PdfLayout.lineHeight(BODY)
                + 4);
        layout.moveDown(layout.lines(titleLines, fonts.bold, 10.5f, TEXT, MARGIN, layout.y()));
        layout.moveDown(layout.lines(metaLines, fonts.regular, SMALL, MUTED, MARGIN, layout.y()));
        layout.moveDown(4);
    }
}
