package io.ascent.domain.review;

import io.ascent.text.I18n;
import java.util.Optional;

/**
 * The reviewer's word on one competency: the level they see it at, a comment, or both. Shown
 * beside the person's own rating, never averaged with it.
 */
public record ManagerRating(String competencyId, Optional<String> levelId, String comment) {

    public static final int MAX_COMMENT = ReviewTexts.MAX_COMMENT;

    public ManagerRating {
        competencyId = ReviewTexts.id(competencyId, "domain.what.competencyId");
        levelId = ReviewTexts.optionalId(levelId, "domain.what.levelId");
        comment = ReviewTexts.text(comment, MAX_COMMENT, "review.field.comment", true);
        if (levelId.isEmpty() && comment.isEmpty()) {
            throw new IllegalArgumentException(I18n.t("review.error.emptyRating", competencyId));
        }
    }
}
