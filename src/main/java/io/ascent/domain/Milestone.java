package io.ascent.domain;

import static io.ascent.domain.Checks.requireText;

/** A concrete, checkable achievement that shows a competency at a level. */
public record Milestone(String id, String competencyId, String levelId, String title, String description) {

    public Milestone {
        requireText(id, "domain.what.milestoneId");
        requireText(competencyId, "domain.what.milestoneCompetency", id);
        requireText(levelId, "domain.what.milestoneLevel", id);
        requireText(title, "domain.what.milestoneTitle", id);
        description = description == null ? "" : description.strip();
    }
}
