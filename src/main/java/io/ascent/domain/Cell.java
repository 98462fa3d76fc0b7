package io.ascent.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One competency at one level of a plan: the items that can demonstrate it and how many of them
 * must be done ({@code required}, "2 of 3"). A cell with its required items done is met; its
 * other items are then optional. Readiness counts a cell's done items only up to its requirement.
 * A cell that asks nothing of its own but holds the user's optional milestones requires 0.
 */
public record Cell(Competency competency, Level level, List<Milestone> items, int required) {

    public Cell {
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(level, "level");
        items = List.copyOf(items);
        if (items.isEmpty() || required < 0 || required > items.size()) {
            throw new IllegalArgumentException(
                    "a cell needs 0 to " + items.size() + " of its items, not " + required + ": " + competency.id());
        }
    }

    /** How many of this cell's items are done, over-achievement included. */
    public int done(Map<String, MilestoneProgress> progress) {
        int done = 0;
        for (Milestone m : items) {
            MilestoneProgress p = progress.get(m.id());
            if (p != null && p.isDone()) {
                done++;
            }
        }
        return done;
    }

    /** The done items that count toward readiness: at most {@link #required}. */
    public int counted(Map<String, MilestoneProgress> progress) {
        return Math.min(done(progress), required);
    }

    public boolean isMet(Map<String, MilestoneProgress> progress) {
        return done(progress) >= required;
    }

    /** Whether every item is needed ("3 of 3"); the screens then say nothing about alternatives. */
    public boolean needsAll() {
        return required == items.size();
    }
}
