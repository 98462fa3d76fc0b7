package io.ascent.domain;

import static io.ascent.domain.Checks.requireLength;
import static io.ascent.domain.Checks.requireText;

import io.ascent.domain.storage.FieldMerge;
import io.ascent.domain.storage.FieldMerge.Field;
import java.util.List;
import java.util.Optional;

/**
 * A self-assessment of one competency: the level (a level id of the plan's framework) the person
 * operates at today, with an optional short justification.
 */
public record Rating(String competencyId, String levelId, String justification) {

    /** Long enough for a few sentences of evidence; longer text belongs in milestone evidence. */
    public static final int MAX_JUSTIFICATION = 2_000;

    /**
     * The fields of a competency's rating an edit changes, for merging it with a change saved
     * meanwhile elsewhere; an unrated competency is empty (its level none, its justification blank).
     */
    public static final FieldMerge<Optional<Rating>> FIELDS = new FieldMerge<>(
            new Field<>("level", r -> r.map(Rating::levelId), Rating::withLevelOf),
            new Field<>("justification", r -> r.map(Rating::justification).orElse(""), Rating::withJustificationOf));

    /** The fields that hold text the user types. */
    public static final List<String> TEXT_FIELDS = List.of("justification");

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

    /**
     * A competency's {@code rating} moved to {@code levelId}, keeping its justification (a new
     * rating has none), or cleared when {@code levelId} is empty.
     */
    public static Optional<Rating> atLevel(String competencyId, Optional<Rating> rating, Optional<String> levelId) {
        return levelId.map(level -> rating.map(r -> r.withLevel(level)).orElse(new Rating(competencyId, level, "")));
    }

    /** {@code rating} at the level of {@code from}: unrated if {@code from} is. */
    private static Optional<Rating> withLevelOf(Optional<Rating> rating, Optional<Rating> from) {
        return from.map(f -> rating.map(r -> r.withLevel(f.levelId())).orElse(f.withJustification("")));
    }

    /** {@code rating} with the justification of {@code from}; an unrated competency has none to take. */
    private static Optional<Rating> withJustificationOf(Optional<Rating> rating, Optional<Rating> from) {
        String text = from.map(Rating::justification).orElse("");
        if (rating.isEmpty() && !text.isEmpty()) {
            throw new IllegalArgumentException("an unrated competency has no justification");
        }
        return rating.map(r -> r.withJustification(text));
    }
}
