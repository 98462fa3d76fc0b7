package io.ascent.persistence;

import io.ascent.domain.Rating;
import io.ascent.domain.storage.SaveResult;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Where a plan's self-assessment ratings are kept. Failures are {@link PersistenceException}s. */
public interface AssessmentRepository {

    /** The plan's ratings keyed by competency id; unrated competencies are absent. */
    Map<String, Rating> ratings(long planId);

    /**
     * Stores a competency's rating ({@code rating}; empty forgets it, so it counts as unrated
     * again) in one transaction, if its stored rating is {@code expected}. Otherwise nothing is
     * written and the result holds what is stored: a change saved elsewhere meanwhile.
     */
    SaveResult<Optional<Rating>> saveRating(
            long planId, String competencyId, Optional<Rating> expected, Optional<Rating> rating, Instant now);
}
