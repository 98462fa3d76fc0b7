package io.ascent.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How far one competency is from the plan's target level, in ranks (0 when at or above it),
 * with the readiness of that competency's required milestones.
 */
public record Gap(Competency competency, Level level, boolean rated, Level target, int ranks, Readiness readiness) {

    public Gap {
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(readiness, "readiness");
        if (ranks < 0) {
            throw new IllegalArgumentException("a gap cannot be negative");
        }
    }

    /**
     * Every competency of the plan with its gap, biggest gap first; equal gaps keep framework
     * order so the list is stable between runs.
     */
    public static List<Gap> of(
            Assessment assessment, List<Milestone> required, Map<String, MilestoneProgress> progress) {
        Level target = assessment.targetLevel();
        // Grouped once: filtering all milestones per competency was quadratic (bench/run, scale figures).
        Map<String, List<Milestone>> byCompetency = new HashMap<>();
        for (Milestone m : required) {
            byCompetency
                    .computeIfAbsent(m.competencyId(), k -> new ArrayList<>())
                    .add(m);
        }
        List<Gap> gaps = new ArrayList<>();
        for (Competency c : assessment.competencies()) {
            Level level = assessment.levelOf(c.id());
            List<Milestone> own = byCompetency.getOrDefault(c.id(), List.of());
            gaps.add(new Gap(
                    c,
                    level,
                    assessment.rating(c.id()).isPresent(),
                    target,
                    Math.max(0, rankDistance(assessment.framework(), level, target)),
                    Readiness.of(own, progress)));
        }
        gaps.sort(Comparator.comparingInt(Gap::ranks).reversed());
        return gaps;
    }

    /** Distance in ladder steps, so a ladder with ranks 10, 20, 30 still counts one level per rung. */
    static int rankDistance(Framework framework, Level from, Level to) {
        List<Level> levels = framework.levels();
        return levels.indexOf(to) - levels.indexOf(from);
    }
}
