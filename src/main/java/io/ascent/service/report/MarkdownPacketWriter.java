package io.ascent.service.report;

import static io.ascent.service.report.MarkdownPlanWriter.inline;

import io.ascent.service.report.PacketReport.Cover;
import io.ascent.service.report.PacketReport.Evidence;
import io.ascent.service.report.PacketReport.Section;
import io.ascent.text.I18n;
import java.util.List;

/** Writes a {@link PacketReport} as Markdown, in the same order and words as the PDF packet. */
public final class MarkdownPacketWriter {

    public String write(PacketReport report) {
        Cover cover = report.cover();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(I18n.t("packet.title", inline(cover.planName()))).append("\n\n");
        md.append("- ").append(PacketWords.route(cover)).append('\n');
        md.append("- ").append(PacketWords.period(cover)).append('\n');
        md.append("- ").append(inline(cover.readiness())).append('\n');
        cover.decision().ifPresent(d -> md.append("- ").append(inline(d)).append('\n'));
        md.append("- ")
                .append(I18n.t("packet.printedOn", I18n.date(cover.printedOn())))
                .append('\n');

        md.append("\n## ").append(I18n.t("packet.questions")).append("\n\n");
        if (report.questions().isEmpty()) {
            md.append(I18n.t("packet.questions.none")).append('\n');
        }
        report.questions().forEach(q -> md.append("- ").append(inline(q)).append('\n'));

        md.append("\n## ").append(I18n.t("packet.competencies")).append('\n');
        for (Section s : report.sections()) {
            md.append("\n### ").append(inline(s.title())).append("\n\n");
            if (!s.expectation().isBlank()) {
                md.append("> ").append(inline(s.expectation())).append("\n\n");
            }
            md.append("- ").append(PacketWords.ratings(s)).append('\n');
            evidence(md, "packet.wins", s.wins(), s.moreWins(), "packet.moreWins");
            evidence(md, "packet.milestones", s.milestones(), s.moreMilestones(), "packet.moreMilestones");
            if (!s.hasEvidence()) {
                md.append("- ").append(I18n.t("packet.noEvidence")).append('\n');
            }
            if (!s.open().isEmpty()) {
                md.append("- ").append(I18n.t("packet.open")).append('\n');
                s.open().forEach(o -> md.append("  - ").append(inline(o)).append('\n'));
                if (s.moreOpen() > 0) {
                    md.append("  - ")
                            .append(I18n.t("packet.moreOpen", s.moreOpen()))
                            .append('\n');
                }
            }
        }
        return md.toString();
    }

    private static void evidence(StringBuilder md, String headingKey, List<Evidence> items, int more, String moreKey) {
        if (items.isEmpty()) {
            return;
        }
        md.append("- ").append(I18n.t(headingKey)).append('\n');
        for (Evidence e : items) {
            md.append("  - ").append(inline(PacketWords.evidence(e))).append('\n');
        }
        if (more > 0) {
            md.append("  - ").append(I18n.t(moreKey, more)).append('\n');
        }
    }
}
