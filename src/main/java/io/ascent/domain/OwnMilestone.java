package io.ascent.domain;

import static io.ascent.domain.Checks.requireLength;
import static io.ascent.domain.Checks.requireText;

import io.ascent.text.I18n;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A milestone the user added to one cell of their plan: a goal agreed with their manager, a
 * stretch project. It adds a required slot to its cell, or, when {@code optional}, is one more
 * way to fill the cell's requirement ({@link Requirements}). Its id ({@link OwnMilestones}) is
 * the plan's own and never a framework's or an expectation item's, so progress on it is stored
 * like any other and it survives a new version of the ladder.
 */
public record OwnMilestone(
        String id,
        String competencyId,
        String levelId,
        String title,
        String description,
        boolean optional,
        Instant addedAt) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = MilestoneProgress.MAX_TEXT;

    public OwnMilestone {
        if (!OwnMilestones.isId(id)) {
            throw new IllegalArgumentException(I18n.t("own.error.id", String.valueOf(id)));
        }
        requireText(competencyId, "domain.what.milestoneCompetency", id);
        requireText(levelId, "domain.what.milestoneLevel", id);
        String problem = titleProblem(title);
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException(problem);
        }
        title = title.strip();
        description = InputRules.requireStorable(
                requireLength(description == null ? "" : description.strip(), MAX_DESCRIPTION, "own.what.description"),
                "own.what.description");
        Objects.requireNonNull(addedAt, "addedAt");
        InputRules.requireInstantInRange(addedAt, "input.field.addedAt");
    }

    /**
     * Why {@code title} cannot be an own milestone's title, in words; empty when it can: one
     * line of at most {@link #MAX_TITLE} characters that can be stored, surrounding spaces aside.
     */
    public static String titleProblem(String title) {
        try {
            requireText(title, "own.what.title");
            String line = InputRules.requireStorable(
                    requireLength(title.strip(), MAX_TITLE, "own.what.title"), "own.what.title");
            return line.lines().count() > 1 ? I18n.t("own.error.titleLines") : "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The milestone as the plan's checklist holds it. */
    public Milestone milestone() {
        return new Milestone(id, competencyId, levelId, title, description, List.of(), Milestone.Kind.OWN);
    }

    /** The same milestone with what the user can edit changed; its id, cell and date stay. */
    public OwnMilestone edited(String newTitle, String newDescription, boolean newOptional) {
        return new OwnMilestone(id, competencyId, levelId, newTitle, newDescription, newOptional, addedAt);
    }
}
