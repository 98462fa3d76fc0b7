package io.ascent.domain;

import static io.ascent.domain.Checks.requireText;

/**
 * A path through the upper levels of a ladder, e.g. individual contributor or people management.
 * A level names the track it belongs to; a level without one is shared by every track.
 */
public record Track(String id, String title, String description) {

    public Track {
        requireText(id, "domain.what.trackId");
        requireText(title, "domain.what.trackTitle", id);
        description = description == null ? "" : description.strip();
    }
}
