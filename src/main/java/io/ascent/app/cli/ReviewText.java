package io.ascent.app.cli;

import io.ascent.domain.review.ReviewComparison;
import io.ascent.domain.review.ReviewComparison.Row;
import io.ascent.domain.text.ReviewWords;
import io.ascent.text.I18n;
import java.io.PrintWriter;
import java.time.ZoneId;

/** {@code review show}: the person's ratings beside their reviewer's, as plain text. */
final class ReviewText {

    private ReviewText() {}

    static void print(PrintWriter out, String planName, ReviewComparison comparison, ZoneId zone) {
        var review = comparison.review().orElseThrow();
        out.println(planName);
        out.println("  " + ReviewWords.byline(review, zone));
        review.answer()
                .content()
                .decision()
                .ifPresent(d -> out.println(
                        "  " + I18n.t("cli.show.label", I18n.t("review.label.decision"), ReviewWords.decision(d))));
        out.println("  " + ReviewWords.counts(comparison));
        out.println();
        String[] heads = {
            PlanCommand.upper("report.column.competency"),
            PlanCommand.upper("review.column.self"),
            PlanCommand.upper("review.column.reviewer"),
            ""
        };
        int[] widths = {Columns.width(heads[0]), Columns.width(heads[1]), Columns.width(heads[2])};
        for (Row r : comparison.rows()) {
            widths[0] = Math.max(widths[0], Columns.width(r.competency().title()));
            widths[1] = Math.max(widths[1], Columns.width(self(r)));
            widths[2] = Math.max(widths[2], Columns.width(manager(r)));
        }
        out.println("  " + Columns.pad(heads[0], widths[0]) + "  " + Columns.pad(heads[1], widths[1]) + "  "
                + Columns.pad(heads[2], widths[2]) + "  " + PlanCommand.upper("review.column.marker"));
        for (Row r : comparison.rows()) {
            out.println("  " + Columns.pad(r.competency().title(), widths[0]) + "  " + Columns.pad(self(r), widths[1])
                    + "  " + Columns.pad(manager(r), widths[2]) + "  " + marker(r));
            if (!r.comment().isEmpty()) {
                out.println("      " + r.comment().replaceAll("\\s*\\R\\s*", " "));
            }
        }
        String summary = review.answer().content().summary();
        if (!summary.isEmpty()) {
            out.println();
            out.println(I18n.t("review.label.summary"));
            summary.lines().forEach(line -> out.println("  " + line));
        }
    }

    /** Nothing for a competency the reviewer did not rate: the dash in their column says so. */
    private static String marker(Row r) {
        return r.marker() == ReviewComparison.Marker.NOT_RATED ? "" : ReviewWords.marker(r.marker());
    }

    private static String self(Row r) {
        return r.selfRated()
                ? r.self().title()
                : I18n.t("report.gaps.notRated", r.self().title());
    }

    private static String manager(Row r) {
        return r.manager().map(l -> l.title()).orElse("-");
    }
}
