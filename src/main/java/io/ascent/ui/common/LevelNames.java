package io.ascent.ui.common;

import io.ascent.domain.Level;

/**
 * A level's name where room is short: the milestone badges, the level filter, the radar's
 * spokes. The full title goes in the tooltip and the text screen readers announce.
 */
public final class LevelNames {

    private LevelNames() {}

    /**
     * The one place for a short level name: the framework's {@code shortTitle} ("Director" for
     * "Director of Product"), the title itself when the framework gives none. A control still
     * cuts a name that does not fit with "...", and shows it whole in its tooltip.
     */
    public static String shortName(Level level) {
        return level.shortTitle();
    }
}
