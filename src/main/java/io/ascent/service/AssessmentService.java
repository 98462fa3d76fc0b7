package io.ascent.service;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.persistence.AssessmentRepository;
import io.ascent.text.I18n;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The self-assessment: reading a plan's ratings and saving one competency's rating at a time. Checks each
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

    /**
     * Saves a competency's rating ({@code wanted}; empty makes it unrated again, so it counts as
     * the plan's current level), edited from {@code shown} (what the caller showed). A change
     * saved elsewhere since is kept, as for milestone progress ({@link GuardedSave}). Returns the
     * rating as stored.
     *
     * @throws EditConflictException if a field this edit changed was changed elsewhere too
     */
    public Optional<Rating> save(
            PlanSnapshot view, String competencyId, Optional<Rating> shown, Optional<Rating> wanted) {
        PlanService.requireEditable(view.plan());
        wanted.ifPresent(rating -> check(view, competencyId, rating));
        long planId = view.plan().id();
        return GuardedSave.save(
                shown,
                wanted,
                Rating.FIELDS,
                wanted::equals,
                (expected, rating) -> repository.saveRating(planId, competencyId, expected, rating, clock.instant()));
    }

    private static void check(PlanSnapshot view, String competencyId, Rating rating) {
        Framework framework = view.framework();
        Competency competency = framework
                .competency(competencyId)
                .filter(c -> c.appliesTo(view.plan().specializationId()))
                .filter(c -> c.id().equals(rating.competencyId()))
                .orElseThrow(
                        () -> new ValidationException(I18n.t("assessment.error.competency", rating.competencyId())));
        if (framework.level(rating.levelId()).isEmpty()) {
            throw new ValidationException(I18n.t("assessment.error.level", rating.levelId(), competency.title()));
        }
    }
}
