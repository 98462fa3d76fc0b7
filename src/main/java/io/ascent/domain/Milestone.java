package io.ascent.domain;

import static io.ascent.domain.Checks.requireText;

import java.util.List;

/**
 * A concrete, checkable achievement that shows a competency at a level. Most come from the
 * framework; a plan adds an {@link Kind#EXPECTATION expectation item} for a cell that has an
 * expectation but no milestones ({@link ExpectationItems}), and the user's {@link Kind#OWN own
 * milestones} ({@link OwnMilestone}). {@code replaces} names milestones of the framework's
 * previous edition whose progress moves to this one.
 */
public record Milestone(
        String id,
        String competencyId,
        String levelId,
        String title,
        String description,
        List<String> replaces,
        Kind kind) {

    /** Where a plan's checkable item comes from. */
    public enum Kind {
        /** A milestone of the framework. */
        FRAMEWORK,
        /** "Meets the expectation": the one item of a cell that has an expectation and no milestones. */
        EXPECTATION,
        /** A milestone the user added to a cell of their plan ({@link OwnMilestone}). */
        OWN
    }

    public Milestone {
        requireText(id, "domain.what.milestoneId");
        requireText(competencyId, "domain.what.milestoneCompetency", id);
        requireText(levelId, "domain.what.milestoneLevel", id);
        requireText(title, "domain.what.milestoneTitle", id);
        description = description == null ? "" : description.strip();
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
        kind = kind == null ? Kind.FRAMEWORK : kind;
    }

    /** A framework milestone that replaces nothing. */
    public Milestone(String id, String competencyId, String levelId, String title, String description) {
        this(id, competencyId, levelId, title, description, List.of(), Kind.FRAMEWORK);
    }

    /** Whether this is an item the plan made from an expectation, not a milestone of the framework. */
    public boolean isImplicit() {
        return kind == Kind.EXPECTATION;
    }

    /** Whether the user added this milestone to their plan ("yours"). */
    public boolean isOwn() {
        return kind == Kind.OWN;
    }
}
