package io.ascent.service.report;

import io.ascent.domain.Assessment;
import io.ascent.domain.review.ReceivedReview;
import io.ascent.domain.review.ReviewComparison;
import io.ascent.domain.review.ReviewComparison.Marker;
import io.ascent.domain.text.ReviewWords;
import io.ascent.text.I18n;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The printed plan's "Manager review" section, in words: who reviewed and when, the decision,
 * both ratings of every competency with the marker and the reviewer's comment, the summary, and
 * what the reviewer said of the evidence. Absent when the plan has no review.
 */
public record ReportReview(
        String reviewer, String answered, String decision, String counts, List<Row> rows, String summary) {

    /** One competency: the person's level (marked "not rated" when unrated), the reviewer's, the marker. */
    public record Row(
            String competency, String self, String reviewer, String marker, boolean flagged, String comment) {}

    public ReportReview {
        rows = List.copyOf(rows);
    }

    static Optional<ReportReview> of(Assessment assessment, Optional<ReceivedReview> review, ZoneId zone) {
        if (review.isEmpty()) {
            return Optional.empty();
        }
        ReceivedReview r = review.get();
        ReviewComparison comparison = ReviewComparison.of(assessment, review);
        List<Row> rows = comparison.rows().stream()
                .map(row -> new Row(
                        row.competency().title(),
                        row.selfRated()
                                ? row.self().title()
                                : I18n.t("report.gaps.notRated", row.self().title()),
                        row.manager().map(l -> l.title()).orElse("\u2013"),
                        row.marker() == Marker.NOT_RATED ? "" : ReviewWords.marker(row.marker()),
                        row.marker() == Marker.FLAGGED,
                        row.comment()))
                .toList();
        return Optional.of(new ReportReview(
                ReviewWords.reviewer(r),
                ReviewWords.answered(r, zone),
                r.answer().content().decision().map(ReviewWords::decision).orElse(I18n.t("review.card.noDecision")),
                ReviewWords.counts(comparison),
                rows,
                r.answer().content().summary()));
    }
}
