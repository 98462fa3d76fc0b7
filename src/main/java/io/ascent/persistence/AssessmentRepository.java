package io.ascent.persistence;

import io.ascent.domain.Rating;
import java.time.Instant;
import java.util.Map;

/** Where a plan's self-assessment ratings are kept. Failures are {@link PersistenceException}s. */
public interface AssessmentRepository {

    /** The plan's ratings keyed by competency id; unrated competencies are absent. */
    Map<String, Rating> ratings(long planId);

    /** Stores one rating with a single upsert. */
    void saveRating(long planId, Rating rating, Instant now);

    /** Forgets a competency's rating, so it counts as unrated again. */
    void deleteRating(long planId, String competencyId);
}
