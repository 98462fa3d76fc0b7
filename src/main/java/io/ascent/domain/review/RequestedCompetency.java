package io.ascent.domain.review;

import io.ascent.domain.Rating;
import io.ascent.text.I18n;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One competency put before the reviewer: what the ladder expects of it at the levels the plan
 * spans (level id to text, from the current level to the target), and the person's own rating
 * with its justification, absent when they did not rate it and always absent in a blind request.
 */
public record RequestedCompetency(
        String id, String area, String title, Map<String, String> expectations, Optional<Rating> selfRating) {

    /** An expectation copied from a ladder: the ladder's own limit for a cell. */
    static final int MAX_EXPECTATION = 4_000;

    public RequestedCompetency {
        id = ReviewTexts.id(id, "domain.what.competencyId");
        area = ReviewTexts.text(area, ReviewTexts.MAX_TITLE, "review.field.area", true);
        title = ReviewTexts.required(title, ReviewTexts.MAX_TITLE, "review.field.competencyTitle");
        Map<String, String> copy = new LinkedHashMap<>();
        (expectations == null ? Map.<String, String>of() : expectations)
                .forEach((level, text) -> copy.put(
                        ReviewTexts.id(level, "domain.what.levelId"),
                        ReviewTexts.text(text, MAX_EXPECTATION, "review.field.expectation", false)));
        expectations = Collections.unmodifiableMap(copy);
        selfRating = selfRating == null ? Optional.empty() : selfRating;
        String own = id;
        selfRating.ifPresent(r -> {
            if (!r.competencyId().equals(own)) {
                throw new IllegalArgumentException(I18n.t("review.error.ratingElsewhere", r.competencyId(), own));
            }
        });
    }

    /** The same competency without the self-rating, as a blind request carries it. */
    public RequestedCompetency blind() {
        return new RequestedCompetency(id, area, title, expectations, Optional.empty());
    }
}
