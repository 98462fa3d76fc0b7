package io.ascent.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan's self-assessment read against its framework: which level each of the plan's
 * competencies sits at. A competency the person has not rated counts as the plan's current
 * level, because that is what they said about themselves when they made the plan. Levels are
 * read on the plan's track ({@link PlanLevels}).
 */
public record Assessment(Framework framework, Plan plan, Map<String, Rating> ratings) {

    /** The share of competencies (in percent) that must reach a level for it to be the estimate. */
    public static final int ESTIMATE_THRESHOLD_PERCENT = 80;

    public Assessment {
        ratings = Map.copyOf(ratings);
    }

    /** The plan's competencies (core plus its specialization's), in framework order. */
    public List<Competency> competencies() {
        return framework.competenciesFor(plan.specializationId());
    }

    /** The levels of the plan's track, lowest first: what a competency is rated on. */
    public PlanLevels path() {
        return PlanLevels.of(framework, plan.targetLevelId());
    }

    public Optional<Rating> rating(String competencyId) {
        return Optional.ofNullable(ratings.get(competencyId))
                .filter(r -> framework.level(r.levelId()).isPresent());
    }

    /** The level a competency counts at: its rating, or the plan's current level when unrated. */
    public Level levelOf(String competencyId) {
        return rating(competencyId)
                .flatMap(r -> framework.level(r.levelId()))
                .or(() -> framework.level(plan.currentLevelId()))
                .orElse(framework.levels().get(0));
    }

    public Level targetLevel() {
        return framework
                .level(plan.targetLevelId())
                .orElse(framework.levels().get(framework.levels().size() - 1));
    }

    public int ratedCount() {
        return (int)
                competencies().stream().filter(c -> rating(c.id()).isPresent()).count();
    }

    /**
     * The estimated overall level: the highest level L of the plan's track such that at least 80%
     * of the plan's competencies are at L or above by rank (unrated ones counting as the current
     * level). With no competencies at all, the plan's current level.
     */
    public Level estimatedLevel() {
        List<Competency> all = competencies();
        Level best =
                framework.level(plan.currentLevelId()).orElse(framework.levels().get(0));
        if (all.isEmpty()) {
            return best;
        }
        for (Level level : path().levels()) {
            long atOrAbove = all.stream()
                    .filter(c -> levelOf(c.id()).rank() >= level.rank())
                    .count();
            if (atOrAbove * 100 >= (long) ESTIMATE_THRESHOLD_PERCENT * all.size()) {
                best = level;
            }
        }
        return best;
    }
}
