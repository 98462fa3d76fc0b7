package io.ascent.ui.common;

import io.ascent.domain.Level;

/**
 * A level's name where room is short: the milestone badges, the level filter, the radar's
 * spokes. The full title goes in the tooltip and the text screen readers announce.
 */
public final class LevelNames {

    private LevelNames() {}

    /**
     * The one place for a short level name. SHORT TITLE: the ladder's second edition gives levels
     * a {@code shortTitle} ("Director" for "Director of Product"); once {@code Level.shortTitle()}
     * is in the domain, return it here. Until then the full title, which the control cuts with
     * "..." when it does not fit.
     */
    public static String shortName(Level level) {
        return level.title();
    }
}
