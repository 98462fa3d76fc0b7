package io.ascent.service;

import io.ascent.domain.Framework;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.Plan;
import io.ascent.domain.Readiness;
import java.util.List;
import java.util.Map;

/**
 * Everything a screen needs to show one plan: the plan, its framework, the milestones it must
 * complete, their progress and the derived readiness.
 */
public record PlanView(
        Plan plan,
        Framework framework,
        List<Milestone> requiredMilestones,
        Map<String, MilestoneProgress> progress,
        Readiness readiness) {

    public PlanView {
        requiredMilestones = List.copyOf(requiredMilestones);
        progress = Map.copyOf(progress);
    }

    public MilestoneProgress progressOf(String milestoneId) {
        return progress.getOrDefault(milestoneId, MilestoneProgress.todo(milestoneId));
    }
}
