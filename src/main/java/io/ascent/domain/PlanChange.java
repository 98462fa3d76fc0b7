package io.ascent.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changing a plan's levels or specialization does to it, said before it is done: the items
 * that leave the plan and those that join it, and readiness before and after. Progress is kept by
 * item: an item that stays keeps its progress; one that leaves keeps it too, out of sight, and
 * has it back if a later change brings it back.
 */
public record PlanChange(List<Milestone> leaving, List<Milestone> joining, Readiness before, Readiness after) {

    public PlanChange {
        leaving = List.copyOf(leaving);
        joining = List.copyOf(joining);
    }

    /** The change from {@code before} to {@code after} (the same plan with other choices) on {@code framework}. */
    public static PlanChange of(
            Framework framework,
            Plan before,
            Plan after,
            List<OwnMilestone> own,
            Map<String, MilestoneProgress> progress) {
        Requirements was = Requirements.of(framework, before, own);
        Requirements will = Requirements.of(framework, after, own);
        Set<String> wasIds = ids(was);
        Set<String> willIds = ids(will);
        return new PlanChange(
                was.items().stream().filter(m -> !willIds.contains(m.id())).toList(),
                will.items().stream().filter(m -> !wasIds.contains(m.id())).toList(),
                was.readiness(progress),
                will.readiness(progress));
    }

    private static Set<String> ids(Requirements requirements) {
        return requirements.items().stream().map(Milestone::id).collect(Collectors.toSet());
    }

    /** Whether the plan's items stay as they are. */
    public boolean keepsItems() {
        return leaving.isEmpty() && joining.isEmpty();
    }

    /** How many of the leaving items are done: their progress stays saved, out of sight. */
    public long leavingDone(Map<String, MilestoneProgress> progress) {
        return leaving.stream()
                .filter(m ->
                        progress.containsKey(m.id()) && progress.get(m.id()).isDone())
                .count();
    }
}
