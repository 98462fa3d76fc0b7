package io.ascent.domain;

import static io.ascent.domain.Checks.requireLength;
import static io.ascent.domain.Checks.requireText;

/**
 * A self-assessment of one competency: the level (a level id of the plan's framework) the person
 * operates at today, with an optional short justification.
 */
public record Rating(String competencyId, String levelId, String justification) {

    /** Long enough for a few sentences of evidence; longer text belongs in milestone evidence. */
    public static final int MAX_JUSTIFICATION = 2_000;

    public Rating {
        requireText(competencyId, "domain.what.competencyId");
        requireText(levelId, "domain.what.ratingLevel", competencyId);
        justification = InputRules.requireStorable(
                requireLength(
                        justification == null ? "" : justification.strip(),
                        MAX_JUSTIFICATION,
                        "domain.what.justification"),
                "input.field.justification");
    }

    public Rating withLevel(String newLevelId) {
        return new Rating(competencyId, newLevelId, justification);
    }

    public Rating withJustification(String text) {
        return new Rating(competencyId, levelId, text);
    }
}
