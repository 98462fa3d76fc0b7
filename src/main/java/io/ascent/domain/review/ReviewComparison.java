package io.ascent.domain.review;

import io.ascent.domain.Assessment;
import io.ascent.domain.Competency;
import io.ascent.domain.Level;
import io.ascent.domain.PlanLevels;
import java.util.List;
import java.util.Optional;

/**
 * The person's ratings beside their reviewer's, per competency of the plan, with a marker that
 * says how far apart they are on the plan's track: the same level is agreed, one level apart is to
 * discuss, two or more is flagged. Never averaged. A competency the person did not rate counts as the plan's
 * current level, as everywhere else; one the reviewer did not rate has no marker.
 */
public record ReviewComparison(Optional<ReceivedReview> review, List<Row> rows) {

    /** How far apart the two ratings of a competency are. */
    public enum Marker {
        AGREED,
        DISCUSS,
        FLAGGED,
        NOT_RATED
    }

    /** One competency: the person's level (and whether they rated it), the reviewer's, the comment. */
    public record Row(
            Competency competency,
            Level self,
            boolean selfRated,
            Optional<Level> manager,
            String comment,
            Marker marker) {}

    public ReviewComparison {
        rows = List.copyOf(rows);
    }

    /** The plan's competencies compared with {@code review} (none: every row is {@link Marker#NOT_RATED}). */
    public static ReviewComparison of(Assessment assessment, Optional<ReceivedReview> review) {
        PlanLevels path = assessment.path();
        List<Row> rows = assessment.competencies().stream()
                .map(c -> {
                    Level self = assessment.levelOf(c.id());
                    Optional<ManagerRating> rating =
                            review.flatMap(r -> r.answer().content().rating(c.id()));
                    Optional<Level> manager = rating.flatMap(ManagerRating::levelId)
                            .flatMap(id -> assessment.framework().level(id));
                    Marker marker = manager.map(m -> marker(Math.abs(path.steps(self, m))))
                            .orElse(Marker.NOT_RATED);
                    return new Row(
                            c,
                            self,
                            assessment.rating(c.id()).isPresent(),
                            manager,
                            rating.map(ManagerRating::comment).orElse(""),
                            marker);
                })
                .toList();
        return new ReviewComparison(review, rows);
    }

    /** Levels apart on the plan's track ({@link PlanLevels#steps}): 0 agreed, 1 discuss, 2 or more flagged. */
    public static Marker marker(int levelsApart) {
        return levelsApart == 0 ? Marker.AGREED : levelsApart == 1 ? Marker.DISCUSS : Marker.FLAGGED;
    }

    public long count(Marker marker) {
        return rows.stream().filter(r -> r.marker() == marker).count();
    }

    public Optional<Row> row(String competencyId) {
        return rows.stream()
                .filter(r -> r.competency().id().equals(competencyId))
                .findFirst();
    }
}
