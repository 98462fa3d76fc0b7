package io.ascent.domain.review;

import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.PlanLevels;
import io.ascent.domain.Rating;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The levels a review request puts before the reviewer (docs/review-format.md): the plan's path,
 * reaching up to the highest self-rating. A rating above the path (a plan whose target was lowered
 * after rating) is sent as it is: a plan aiming at a shared level gains the rungs of the rating's
 * track up to it. A rating on another track than the plan's counts where its rank falls on the
 * path, as every level distance of a plan does ({@link PlanLevels#steps}).
 */
final class RequestScale {

    private RequestScale() {}

    /** The request's levels for a plan aiming at {@code targetLevelId} with these self-ratings. */
    static List<Level> levels(Framework framework, String targetLevelId, Collection<Rating> ratings) {
        PlanLevels path = PlanLevels.of(framework, targetLevelId);
        List<Level> scale = new ArrayList<>(path.levels());
        Optional<Level> highest = ratings.stream()
                .map(r -> framework.level(r.levelId()))
                .flatMap(Optional::stream)
                .filter(l -> !scale.contains(l))
                .max(Comparator.comparingInt(Level::rank));
        if (highest.isPresent() && path.track().isEmpty()) {
            Level top = highest.get();
            PlanLevels.of(framework, top.id()).levels().stream()
                    .filter(l -> l.rank() <= top.rank() && !scale.contains(l))
                    .forEach(scale::add);
        }
        return scale;
    }

    /** {@code rating} on {@code scale}: its own level, or the scale's highest at or below its rank. */
    static Optional<Rating> onScale(Framework framework, List<Level> scale, Rating rating) {
        return framework
                .level(rating.levelId())
                .flatMap(level -> scale.contains(level)
                        ? Optional.of(rating)
                        : scale.stream()
                                .filter(l -> l.rank() <= level.rank())
                                .max(Comparator.comparingInt(Level::rank))
                                .map(l -> rating.withLevel(l.id())));
    }
}
