package io.ascent.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A whole plan as it travels between databases: the plan itself and the progress of each
 * milestone it has touched, in milestone-id order so that writing it out is deterministic.
 * The plan's database id means nothing outside its database and is ignored on import.
 */
public record PlanArchive(Plan plan, List<MilestoneProgress> progress) {

    public PlanArchive {
        Objects.requireNonNull(plan, "plan");
        progress = progress.stream().sorted(Comparator.comparing(MilestoneProgress::milestoneId)).toList();
        Set<String> seen = new HashSet<>();
        for (MilestoneProgress p : progress) {
            if (!seen.add(p.milestoneId())) {
                throw new IllegalArgumentException("milestone '" + p.milestoneId() + "' appears twice");
            }
        }
    }

    /** The same archive under another name, e.g. to import next to a plan of the same name. */
    public PlanArchive renamed(String newName) {
        return new PlanArchive(new Plan(plan.id(), newName, plan.frameworkId(), plan.currentLevelId(),
                plan.targetLevelId(), plan.specializationId(), plan.targetDate(), plan.createdAt(),
                plan.updatedAt()), progress);
    }
}
