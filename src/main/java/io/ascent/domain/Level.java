package io.ascent.domain;

import static io.ascent.domain.Checks.requireText;

import io.ascent.text.I18n;
import java.util.Optional;

/**
 * A rung of a career ladder, e.g. {@code senior-pm}. Ranks order the ladder: a higher rank is
 * a more senior level. A level on a {@link Track} belongs to that path only; a level without a
 * track is shared by every path. The short title is for tight places (badges, chart rings).
 */
public record Level(String id, String title, String shortTitle, int rank, Optional<String> trackId, String summary) {

    public Level {
        requireText(id, "domain.what.levelId");
        requireText(title, "domain.what.levelTitle");
        shortTitle = shortTitle == null || shortTitle.isBlank() ? title : shortTitle.strip();
        trackId = trackId == null ? Optional.empty() : trackId;
        summary = summary == null ? "" : summary.strip();
        if (rank < 1) {
            throw new IllegalArgumentException(I18n.t("domain.level.rank", id, rank));
        }
    }

    /** A shared level of a ladder without tracks (format version 1). */
    public Level(String id, String title, int rank, String summary) {
        this(id, title, title, rank, Optional.empty(), summary);
    }

    /** Whether this level is on every track's path. */
    public boolean isShared() {
        return trackId.isEmpty();
    }

    /** Whether a plan on {@code planTrack} (empty: only the shared levels) climbs through this level. */
    public boolean isOn(Optional<String> planTrack) {
        return trackId.isEmpty() || trackId.equals(planTrack);
    }
}
