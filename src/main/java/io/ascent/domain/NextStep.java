package io.ascent.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A required milestone worth doing next and how far its competency is below the target (the
 * words for it are the service's StepWords). Ranked so the milestones
 * that close the biggest gaps soonest come first: biggest competency gap first, then the lowest
 * level (the nearest rung), then in progress before to do, then framework order.
 */
public record NextStep(Milestone milestone, Competency competency, Level level, MilestoneStatus status, int gap) {

    /** Every not-done required milestone of the plan, ranked. */
    public static List<NextStep> rank(
            Assessment assessment, List<Milestone> required, Map<String, MilestoneProgress> progress) {
        return rank(assessment, Gap.of(assessment, required, progress), required, progress);
    }

    /** The same, with the plan's gaps already worked out by {@link Gap#of}. */
    public static List<NextStep> rank(
            Assessment assessment,
            List<Gap> planGaps,
            List<Milestone> required,
            Map<String, MilestoneProgress> progress) {
        Framework framework = assessment.framework();
        Map<String, Gap> gaps = new HashMap<>();
        for (Gap g : planGaps) {
            gaps.put(g.competency().id(), g);
        }
        Map<String, Level> levels = new HashMap<>();
        framework.levels().forEach(l -> levels.put(l.id(), l));
        List<NextStep> steps = new ArrayList<>();
        for (Milestone m : required) {
            MilestoneProgress p = progress.get(m.id());
            MilestoneStatus status = p == null ? MilestoneStatus.TODO : p.status();
            Gap gap = gaps.get(m.competencyId());
            if (status == MilestoneStatus.DONE || gap == null) {
                continue;
            }
            Level level = Objects.requireNonNull(levels.get(m.levelId()), m.levelId());
            steps.add(new NextStep(m, gap.competency(), level, status, gap.ranks()));
        }
        // The list is built in framework order and List.sort is stable, so ties keep that order.
        steps.sort(Comparator.comparingInt(NextStep::gap)
                .reversed()
                .thenComparingInt(s -> s.level().rank())
                .thenComparingInt(s -> s.status() == MilestoneStatus.IN_PROGRESS ? 0 : 1));
        return steps;
    }
}
