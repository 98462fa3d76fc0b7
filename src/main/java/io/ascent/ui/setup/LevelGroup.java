package io.ascent.ui.setup;

import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Levels shown together under one heading: a track's name, or none for the levels every path shares. */
public record LevelGroup(Optional<Track> track, List<Level> levels) {

    public LevelGroup {
        levels = List.copyOf(levels);
    }

    /**
     * The levels of {@code f} as the setup lists them: the shared levels below the tracks, each
     * track's levels under its name (framework order), then any shared levels above them; ranks
     * ascending within.
     */
    public static List<LevelGroup> of(Framework f) {
        int lowestOnTrack = f.levels().stream()
                .filter(l -> !l.isShared())
                .mapToInt(Level::rank)
                .min()
                .orElse(Integer.MAX_VALUE);
        List<LevelGroup> groups = new ArrayList<>();
        add(
                groups,
                Optional.empty(),
                f.levels().stream()
                        .filter(l -> l.isShared() && l.rank() < lowestOnTrack)
                        .toList());
        for (Track track : f.tracks()) {
            add(
                    groups,
                    Optional.of(track),
                    f.levels().stream()
                            .filter(l -> l.trackId().equals(Optional.of(track.id())))
                            .toList());
        }
        add(
                groups,
                Optional.empty(),
                f.levels().stream()
                        .filter(l -> l.isShared() && l.rank() >= lowestOnTrack)
                        .toList());
        return groups;
    }

    private static void add(List<LevelGroup> groups, Optional<Track> track, List<Level> levels) {
        if (!levels.isEmpty()) {
            groups.add(new LevelGroup(track, levels));
        }
    }
}
