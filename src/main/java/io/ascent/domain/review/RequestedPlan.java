package io.ascent.domain.review;

import java.util.Optional;
import java.util.UUID;

/**
 * The plan a review request is about, as the reviewer sees it: its stable id (the same in every
 * database the plan lives in, so a response for another plan is recognised), its name, the
 * person who asks (when they gave a name), and the ladder, levels and specialization it follows.
 * Titles are copied in, so the reviewer needs no ladder installed.
 */
public record RequestedPlan(
        UUID id,
        String name,
        Optional<String> requester,
        String frameworkId,
        String frameworkName,
        String currentLevelId,
        String targetLevelId,
        String specializationId,
        String specializationTitle) {

    public RequestedPlan {
        ReviewTexts.present(id, "review.field.planId");
        name = ReviewTexts.name(name, "review.field.planName");
        requester = requester == null
                ? Optional.empty()
                : requester.map(r -> ReviewTexts.name(r, "review.field.requester"));
        frameworkId = ReviewTexts.id(frameworkId, "domain.what.frameworkId");
        frameworkName = ReviewTexts.required(frameworkName, ReviewTexts.MAX_TITLE, "domain.what.frameworkName");
        currentLevelId = ReviewTexts.id(currentLevelId, "domain.what.currentLevel");
        targetLevelId = ReviewTexts.id(targetLevelId, "domain.what.targetLevel");
        specializationId = ReviewTexts.id(specializationId, "domain.what.specializationId");
        specializationTitle =
                ReviewTexts.text(specializationTitle, ReviewTexts.MAX_TITLE, "domain.what.specializationTitle", true);
    }
}
