package io.ascent.domain.text;

import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.text.I18n;

/**
 * A level named so both paths of a ladder with tracks are told apart: "Principal PM · Individual
 * contributor" for a level on a track, the title alone for a shared one. The setup, the
 * Framework page and the command line name levels this way.
 */
public final class LevelWords {

    private LevelWords() {}

    public static String withTrack(Framework framework, Level level) {
        return level.trackId()
                .flatMap(framework::track)
                .map(t -> I18n.t("level.onTrack", level.title(), t.title()))
                .orElse(level.title());
    }
}
