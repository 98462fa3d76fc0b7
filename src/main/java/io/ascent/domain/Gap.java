package io.ascent.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How far one competency is from the plan's target level, in rungs of the plan's track (0 when at
 * or above it), with the readiness of that competency's cells and how many items they hold
 * ({@code items}: "2 of 3 needed" is readiness.required() of items).
 */
public record Gap(
        Competency competency, Level level, boolean rated, Level target, int ranks, Readiness readiness, int items) {

    public Gap {
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(readiness, "readiness");
        if (ranks < 0 || items < 0) {
            throw new IllegalArgumentException("a gap cannot be negative");
        }
    }

    /**
     * Every competency of the plan with its gap, biggest gap first; equal gaps keep framework
     * order so the list is stable between runs.
     */
    public static List<Gap> of(
            Assessment assessment, Requirements requirements, Map<String, MilestoneProgress> progress) {
        Level target = assessment.targetLevel();
        PlanLevels path = assessment.path();
        List<Gap> gaps = new ArrayList<>();
        for (Competency c : assessment.competencies()) {
            Level level = assessment.levelOf(c.id());
            int items = requirements.cellsOf(c.id()).stream()
                    .mapToInt(cell -> cell.items().size())
                    .sum();
            gaps.add(new Gap(
                    c,
                    level,
                    assessment.rating(c.id()).isPresent(),
                    target,
                    Math.max(0, path.steps(level, target)),
                    requirements.readinessOf(c.id(), progress),
                    items));
        }
        gaps.sort(Comparator.comparingInt(Gap::ranks).reversed());
        return gaps;
    }

    /** Whether some of this competency's items are alternatives (fewer needed than there are). */
    public boolean hasAlternatives() {
        return readiness.required() < items;
    }
}
