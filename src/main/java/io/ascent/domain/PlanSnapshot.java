package io.ascent.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a screen needs to show one plan: the plan, its framework (as shown in the user's
 * language), what it requires, the progress of its items, the derived readiness, and the
 * milestones the user added (also those outside the plan's cells after an edit of the plan).
 */
public record PlanSnapshot(
        Plan plan,
        Framework framework,
        Requirements requirements,
        Map<String, MilestoneProgress> progress,
        Readiness readiness,
        List<OwnMilestone> ownMilestones) {

    public PlanSnapshot {
        progress = Map.copyOf(progress);
        ownMilestones = List.copyOf(ownMilestones);
    }

    /** The snapshot with readiness derived from {@code progress}, for a plan without milestones of its own. */
    public static PlanSnapshot of(
            Plan plan, Framework framework, Requirements requirements, Map<String, MilestoneProgress> progress) {
        return new PlanSnapshot(plan, framework, requirements, progress, requirements.readiness(progress), List.of());
    }

    /** The snapshot of {@code plan} with the user's {@code own} milestones, requirements and readiness derived. */
    public static PlanSnapshot of(
            Plan plan, Framework framework, List<OwnMilestone> own, Map<String, MilestoneProgress> progress) {
        Requirements requirements = Requirements.of(framework, plan, own);
        return new PlanSnapshot(plan, framework, requirements, progress, requirements.readiness(progress), own);
    }

    /** The same plan with one item's progress replaced, readiness recomputed. */
    public PlanSnapshot withProgress(MilestoneProgress changed) {
        Map<String, MilestoneProgress> map = new HashMap<>(progress);
        map.put(changed.milestoneId(), changed);
        return new PlanSnapshot(plan, framework, requirements, map, requirements.readiness(map), ownMilestones);
    }

    /** The plan's checklist: every item of its cells (milestones, expectation items, own milestones). */
    public List<Milestone> items() {
        return requirements.items();
    }

    /** An item of the plan's checklist by id. */
    public Optional<Milestone> item(String itemId) {
        return requirements.item(itemId);
    }

    /** One of the user's own milestones by id, in the plan's cells or not. */
    public Optional<OwnMilestone> ownMilestone(String id) {
        return ownMilestones.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public MilestoneProgress progressOf(String milestoneId) {
        return progress.getOrDefault(milestoneId, MilestoneProgress.todo(milestoneId));
    }
}
