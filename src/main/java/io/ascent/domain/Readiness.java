package io.ascent.domain;

import java.util.Collection;
import java.util.Map;

/**
 * How far a plan is toward its target: the share of its required milestones that are done.
 * This is the one definition of readiness; everything that shows or prints it comes here.
 */
public record Readiness(int done, int required) {

    public Readiness {
        if (done < 0 || required < 0 || done > required) {
            throw new IllegalArgumentException("readiness " + done + " of " + required + " is impossible");
        }
    }

    /** Readiness of {@code plan} given its progress, keyed by milestone id. */
    public static Readiness of(Framework framework, Plan plan, Map<String, MilestoneProgress> progress) {
        return of(
                framework.requiredMilestones(plan.currentLevelId(), plan.targetLevelId(), plan.specializationId()),
                progress);
    }

    /** Readiness over an explicit set of required milestones. */
    public static Readiness of(Collection<Milestone> required, Map<String, MilestoneProgress> progress) {
        int done = 0;
        for (Milestone m : required) {
            MilestoneProgress p = progress.get(m.id());
            if (p != null && p.isDone()) {
                done++;
            }
        }
        return new Readiness(done, required.size());
    }

    /** 0.0 to 1.0; a plan with nothing required is complete. */
    public double fraction() {
        return required == 0 ? 1.0 : (double) done / required;
    }

    /** Whole percent, rounded down so 99.6% never shows as done. */
    public int percent() {
        return (int) Math.floor(fraction() * 100.0);
    }
}
