package io.ascent.domain;

import static io.ascent.domain.Checks.requireText;

/** A concrete, checkable achievement that shows a competency at a level. */
public record Milestone(String id, String competencyId, String levelId, String title, String description) {

    public Milestone {
        requireText(id, "milestone id");
        requireText(competencyId, "competency of milestone '" + id + "'");
        requireText(levelId, "level of milestone '" + id + "'");
        requireText(title, "title of milestone '" + id + "'");
        description = description == null ? "" : description.strip();
    }
}
