package io.ascent.service;

import io.ascent.domain.Framework;
import io.ascent.domain.Replacements;
import io.ascent.persistence.PlanRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps progress when a ladder gets a new edition: progress stored under a milestone id that the
 * framework now lists in a milestone's {@code replaces} moves to that milestone ({@link
 * Replacements}), for every plan on it, once. Runs when the database is opened (the shipped
 * ladder may be newer than the database) and after a framework is imported; a backup is made
 * first, and all plans move in one transaction. With nothing to move it only asks the database
 * one indexed question per framework that replaces ids. See
 * docs/decisions/0006-progress-follows-replaces.md.
 */
public final class ProgressCarryOver {

    private final PlanRepository plans;
    private final FrameworkService frameworks;
    private final BackupService backups;
    private final Clock clock;

    public ProgressCarryOver(PlanRepository plans, FrameworkService frameworks, BackupService backups, Clock clock) {
        this.plans = plans;
        this.frameworks = frameworks;
        this.backups = backups;
        this.clock = clock;
    }

    /** Moves the progress of every plan on any installed framework; the number of plans moved. */
    public int run() {
        return run(frameworks.installed());
    }

    /** Moves the progress of the plans on {@code framework}; the number of plans moved. */
    public int run(Framework framework) {
        return run(List.of(framework));
    }

    private int run(List<Framework> installed) {
        Map<Long, Replacements.Move> moves = new LinkedHashMap<>();
        for (Framework framework : installed) {
            Replacements replacements = Replacements.of(framework);
            if (replacements.isEmpty()) {
                continue;
            }
            for (long planId : plans.plansWithProgressOn(framework.id(), replacements.retiredIds())) {
                Replacements.Move move =
                        replacements.move(plans.progress(planId).values());
                if (!move.isEmpty()) {
                    moves.put(planId, move);
                }
            }
        }
        if (moves.isEmpty()) {
            return 0;
        }
        backups.beforeLadderUpdate();
        plans.moveProgress(moves, clock.instant());
        return moves.size();
    }
}
