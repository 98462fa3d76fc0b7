package io.ascent.domain.text;

import io.ascent.domain.review.Decision;
import io.ascent.domain.review.EvidenceItem;
import io.ascent.domain.review.EvidenceVerdict;
import io.ascent.domain.review.ReceivedReview;
import io.ascent.domain.review.ReviewComparison;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A review's parts in the user's language: the marker between two ratings, the decision, a
 * verdict on evidence, who signed. Shared by the window, the printed plan and the command line,
 * so they say the same thing.
 */
public final class ReviewWords {

    private ReviewWords() {}

    /** "agreed", "discuss", "flagged", or "not rated by the reviewer". */
    public static String marker(ReviewComparison.Marker marker) {
        return switch (marker) {
            case AGREED -> I18n.t("review.marker.AGREED");
            case DISCUSS -> I18n.t("review.marker.DISCUSS");
            case FLAGGED -> I18n.t("review.marker.FLAGGED");
            case NOT_RATED -> I18n.t("review.marker.NOT_RATED");
        };
    }

    /** "Ready", "Ready by 30 Jun 2027", "Not yet". */
    public static String decision(Decision decision) {
        return switch (decision.outcome()) {
            case READY -> I18n.t("review.decision.READY");
            case NOT_YET -> I18n.t("review.decision.NOT_YET");
            case READY_BY ->
                I18n.t("review.decision.READY_BY", I18n.date(decision.readyBy().orElseThrow()));
        };
    }

    public static String verdict(EvidenceVerdict.Verdict verdict) {
        return switch (verdict) {
            case CONFIRMED -> I18n.t("review.verdict.CONFIRMED");
            case NEEDS_MORE -> I18n.t("review.verdict.NEEDS_MORE");
        };
    }

    /**
     * What the review says of a milestone: "Confirmed by Dana Lee" or "Dana Lee asked for more
     * evidence", with the comment after a colon; empty when the review did not judge it.
     */
    public static Optional<String> verdictOn(ReceivedReview review, String itemId) {
        String name = review.reviewer().name();
        return review.answer()
                .content()
                .verdict(EvidenceItem.key(EvidenceItem.MILESTONE, itemId))
                .map(v -> {
                    String said = v.verdict() == EvidenceVerdict.Verdict.CONFIRMED
                            ? I18n.t("review.confirmedBy", name)
                            : I18n.t("review.needsMoreFrom", name);
                    return v.comment().isEmpty() ? said : said + ": " + v.comment();
                });
    }

    /** "Dana Lee (key 9f3a 1c2b ...)". */
    public static String reviewer(ReceivedReview review) {
        return I18n.t("review.by", review.reviewer().name(), review.reviewer().fingerprint());
    }

    /**
     * "Dana Lee (key 9f3a), answered 5 Mar 2027": the name with the first group of its key's
     * fingerprint, so that two reviewers with look-alike names are told apart wherever one is named.
     */
    public static String byline(ReceivedReview review, ZoneId zone) {
        return I18n.t(
                "review.byline",
                review.reviewer().name(),
                review.reviewer().shortFingerprint(),
                answered(review, zone));
    }

    /** "answered 5 Mar 2027". */
    public static String answered(ReceivedReview review, ZoneId zone) {
        return I18n.t(
                "review.answered", I18n.date(LocalDate.ofInstant(review.answer().answeredAt(), zone)));
    }

    /** "2 to discuss, 1 flagged, 15 agreed". */
    public static String counts(ReviewComparison comparison) {
        return I18n.t(
                "review.counts",
                comparison.count(ReviewComparison.Marker.DISCUSS),
                comparison.count(ReviewComparison.Marker.FLAGGED),
                comparison.count(ReviewComparison.Marker.AGREED));
    }
}
