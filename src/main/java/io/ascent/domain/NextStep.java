package io.ascent.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An item worth doing next and how far its competency is below the target (the words for it
 * are the service's StepWords). Only items of cells not yet met are steps: once a cell has its
 * required items done, the rest are optional. Ranked so the items that close the biggest gaps
 * soonest come first: biggest competency gap first, then the lowest level (the nearest rung),
 * then in progress before to do, then framework order.
 */
public record NextStep(Milestone milestone, Competency competency, Level level, MilestoneStatus status, int gap) {

    /** Every open item of the plan, ranked. */
    public static List<NextStep> rank(
            Assessment assessment, Requirements requirements, Map<String, MilestoneProgress> progress) {
        return rank(Gap.of(assessment, requirements, progress), requirements, progress);
    }

    /** The same, with the plan's gaps already worked out by {@link Gap#of}. */
    public static List<NextStep> rank(
            List<Gap> planGaps, Requirements requirements, Map<String, MilestoneProgress> progress) {
        Map<String, Gap> gaps = new HashMap<>();
        for (Gap g : planGaps) {
            gaps.put(g.competency().id(), g);
        }
        List<NextStep> steps = new ArrayList<>();
        for (Milestone m : requirements.open(progress)) {
            MilestoneProgress p = progress.get(m.id());
            MilestoneStatus status = p == null ? MilestoneStatus.TODO : p.status();
            Gap gap = gaps.get(m.competencyId());
            if (gap == null) {
                continue;
            }
            Level level = requirements.cellOf(m.id()).orElseThrow().level();
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
