package io.ascent.domain;

import static io.ascent.domain.Checks.requireText;

/**
 * A rung of a career ladder, e.g. {@code senior-pm}. Ranks order the ladder: a higher rank is
 * a more senior level.
 */
public record Level(String id, String title, int rank, String summary) {

    public Level {
        requireText(id, "level id");
        requireText(title, "level title");
        summary = summary == null ? "" : summary.strip();
        if (rank < 1) {
            throw new IllegalArgumentException("level '" + id + "' has rank " + rank + "; ranks start at 1");
        }
    }
}
