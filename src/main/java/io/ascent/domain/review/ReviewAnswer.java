package io.ascent.domain.review;

import io.ascent.domain.InputRules;
import java.time.Instant;
import java.util.UUID;

/**
 * A reviewer's answer to one request, as the signed response carries it: which request and
 * plan it answers, who answered and when, and what they wrote.
 */
public record ReviewAnswer(UUID requestId, UUID planId, String reviewer, Instant answeredAt, ReviewDraft content) {

    public ReviewAnswer {
        ReviewTexts.present(requestId, "review.field.requestId");
        ReviewTexts.present(planId, "review.field.planId");
        reviewer = ReviewTexts.name(reviewer, "review.field.reviewer");
        InputRules.requireInstantInRange(
                ReviewTexts.present(answeredAt, "review.field.answeredAt"), "review.field.answeredAt");
        ReviewTexts.present(content, "review.field.content");
    }
}
