package io.ascent.domain;

import java.util.Map;

/**
 * How far a plan is toward its target: of the item slots its cells require ("2 of 3" in a cell
 * is two slots), how many are filled by done items. A cell's extra done items are not counted.
 * This is the one definition of readiness; everything that shows or prints it comes here through
 * {@link Requirements}. Check-ins store the two numbers as they were.
 */
public record Readiness(int done, int required) {

    public Readiness {
        if (done < 0 || required < 0 || done > required) {
            throw new IllegalArgumentException("readiness " + done + " of " + required + " is impossible");
        }
    }

    /** Readiness of {@code plan} given its progress, keyed by item id. */
    public static Readiness of(Framework framework, Plan plan, Map<String, MilestoneProgress> progress) {
        return Requirements.of(framework, plan).readiness(progress);
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
