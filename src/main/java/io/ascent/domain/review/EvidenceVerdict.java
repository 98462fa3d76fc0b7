package io.ascent.domain.review;

import io.ascent.text.I18n;

/**
 * The reviewer's word on one piece of evidence (named by its kind and id): confirmed, or needs
 * more, with an optional comment.
 */
public record EvidenceVerdict(String kind, String itemId, Verdict verdict, String comment) {

    /** What the reviewer says of the evidence. */
    public enum Verdict {
        CONFIRMED,
        NEEDS_MORE
    }

    public EvidenceVerdict {
        kind = ReviewTexts.id(kind, "review.field.evidenceKind");
        itemId = ReviewTexts.itemId(itemId, "review.field.evidenceId");
        if (verdict == null) {
            throw new IllegalArgumentException(I18n.t("review.error.noVerdict", itemId));
        }
        comment = ReviewTexts.text(comment, ReviewTexts.MAX_COMMENT, "review.field.comment", true);
    }

    /** The key of the evidence item this verdict is about. */
    public String key() {
        return EvidenceItem.key(kind, itemId);
    }
}
