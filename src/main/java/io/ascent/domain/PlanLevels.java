package io.ascent.domain;

import java.util.List;
import java.util.Optional;

/**
 * The levels a plan climbs through: the shared levels plus those of its track (the track of its
 * target level), in rank order. Every level distance a plan shows ("two levels below the
 * target", radar rings, the estimated level) is counted on this path, so a ladder with two
 * tracks never counts the other track's rungs.
 */
public record PlanLevels(Optional<Track> track, List<Level> levels) {

    public PlanLevels {
        track = track == null ? Optional.empty() : track;
        levels = List.copyOf(levels);
    }

    /** The path of a plan aiming at {@code targetLevelId}; an unknown target gives the shared levels. */
    public static PlanLevels of(Framework framework, String targetLevelId) {
        Optional<String> trackId = framework.level(targetLevelId).flatMap(Level::trackId);
        return new PlanLevels(
                trackId.flatMap(framework::track),
                framework.levels().stream().filter(l -> l.isOn(trackId)).toList());
    }

    /**
     * The levels of a plan's cells: the rungs of the target's path above {@code currentLevelId}
     * up to and including {@code targetLevelId}. An unknown current level counts as below the
     * ladder; an unknown target gives none.
     */
    public static List<Level> cellLevels(Framework framework, String currentLevelId, String targetLevelId) {
        int from = framework.level(currentLevelId).map(Level::rank).orElse(0);
        int to = framework.level(targetLevelId).map(Level::rank).orElse(0);
        return of(framework, targetLevelId).climb(from, to);
    }

    /** The rungs above {@code fromRank} up to and including {@code toRank}: where a plan's cells are. */
    public List<Level> climb(int fromRank, int toRank) {
        return levels.stream()
                .filter(l -> l.rank() > fromRank && l.rank() <= toRank)
                .toList();
    }

    /**
     * Rungs of this path from {@code from} up to {@code to}; negative when {@code to} is below.
     * Counted in steps, not ranks, so a ladder with ranks 10, 20, 30 counts one level per rung,
     * and a level of another track counts where its rank falls on this path.
     */
    public int steps(Level from, Level to) {
        int low = Math.min(from.rank(), to.rank());
        int high = Math.max(from.rank(), to.rank());
        int steps = (int)
                levels.stream().filter(l -> l.rank() > low && l.rank() <= high).count();
        return to.rank() >= from.rank() ? steps : -steps;
    }

    /** Where {@code level} sits on this path, from 1 for the lowest rung (for charts with one ring per rung). */
    public int position(Level level) {
        return Math.max(
                1, (int) levels.stream().filter(l -> l.rank() <= level.rank()).count());
    }
}
