package io.ascent.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a screen needs to show one plan: the plan, its framework (as shown in the user's
 * language), what it requires, the progress of its items and the derived readiness.
 */
public record PlanSnapshot(
        Plan plan,
        Framework framework,
        Requirements requirements,
        Map<String, MilestoneProgress> progress,
        Readiness readiness) {

    public PlanSnapshot {
        progress = Map.copyOf(progress);
    }

    /** The snapshot with readiness derived from {@code progress}. */
    public static PlanSnapshot of(
            Plan plan, Framework framework, Requirements requirements, Map<String, MilestoneProgress> progress) {
        return new PlanSnapshot(plan, framework, requirements, progress, requirements.readiness(progress));
    }

    /** The same plan with one item's progress replaced, readiness recomputed. */
    public PlanSnapshot withProgress(MilestoneProgress changed) {
        Map<String, MilestoneProgress> map = new HashMap<>(progress);
        map.put(changed.milestoneId(), changed);
        return of(plan, framework, requirements, map);
    }

    /** The plan's checklist: every item of its cells (milestones and expectation items). */
    public List<Milestone> items() {
        return requirements.items();
    }

    /** An item of the plan's checklist by id. */
    public Optional<Milestone> item(String itemId) {
        return requirements.item(itemId);
    }

    public MilestoneProgress progressOf(String milestoneId) {
        return progress.getOrDefault(milestoneId, MilestoneProgress.todo(milestoneId));
    }
}
