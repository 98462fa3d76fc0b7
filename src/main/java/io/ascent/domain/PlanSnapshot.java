package io.ascent.domain;

import java.util.List;
import java.util.Map;

/**
 * Everything a screen needs to show one plan: the plan, its framework, the milestones it must
 * complete, their progress and the derived readiness.
 */
public record PlanSnapshot(
        Plan plan,
        Framework framework,
        List<Milestone> requiredMilestones,
        Map<String, MilestoneProgress> progress,
        Readiness readiness) {

    public PlanSnapshot {
        requiredMilestones = List.copyOf(requiredMilestones);
        progress = Map.copyOf(progress);
    }

    public MilestoneProgress progressOf(String milestoneId) {
        return progress.getOrDefault(milestoneId, MilestoneProgress.todo(milestoneId));
    }
}
