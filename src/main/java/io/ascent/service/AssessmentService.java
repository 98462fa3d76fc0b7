package io.ascent.service;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.persistence.AssessmentRepository;
import io.ascent.text.I18n;
import java.time.Clock;
import java.util.Map;

/**
 * The self-assessment: reading a plan's ratings and saving one rating at a time. Checks each
 * rating against the plan's framework so a rating always names a competency of the plan and a
 * level of its ladder.
 */
public class AssessmentService {

    private final AssessmentRepository repository;
    private final Clock clock;

    public AssessmentService(AssessmentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Map<String, Rating> ratings(long planId) {
        return repository.ratings(planId);
    }

    /** Saves a rating with one write; the caller already shows it. */
    public Rating save(PlanSnapshot view, Rating rating) {
        Framework framework = view.framework();
        Competency competency = framework
                .competency(rating.competencyId())
                .filter(c -> c.appliesTo(view.plan().specializationId()))
                .orElseThrow(
                        () -> new ValidationException(I18n.t("assessment.error.competency", rating.competencyId())));
        if (framework.level(rating.levelId()).isEmpty()) {
            throw new ValidationException(I18n.t("assessment.error.level", rating.levelId(), competency.title()));
        }
        repository.saveRating(view.plan().id(), rating, clock.instant());
        return rating;
    }

    /** Makes a competency unrated again (it then counts as the plan's current level). */
    public void clear(long planId, String competencyId) {
        repository.deleteRating(planId, competencyId);
    }
}
