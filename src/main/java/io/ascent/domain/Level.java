package io.ascent.domain;

import static io.ascent.domain.Checks.requireText;

import io.ascent.text.I18n;

/**
 * A rung of a career ladder, e.g. {@code senior-pm}. Ranks order the ladder: a higher rank is
 * a more senior level.
 */
public record Level(String id, String title, int rank, String summary) {

    public Level {
        requireText(id, "domain.what.levelId");
        requireText(title, "domain.what.levelTitle");
        summary = summary == null ? "" : summary.strip();
        if (rank < 1) {
            throw new IllegalArgumentException(I18n.t("domain.level.rank", id, rank));
        }
    }
}
