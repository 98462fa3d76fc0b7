package io.ascent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's journey on a framework: where they stand, where they are going, in which
 * specialization, and by when. A plan whose target was {@link #reachedOn reached} ("I got
 * promoted") is kept as it was: nothing in it changes any more.
 */
public record Plan(
        long id,
        String name,
        String frameworkId,
        String currentLevelId,
        String targetLevelId,
        String specializationId,
        Optional<LocalDate> targetDate,
        Instant createdAt,
        Instant updatedAt,
        Optional<LocalDate> reachedOn) {

    public Plan {
        name = PlanName.check(name);
        targetDate = PlanDraft.checkChoices(frameworkId, currentLevelId, targetLevelId, specializationId, targetDate);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        reachedOn = reachedOn == null ? Optional.empty() : reachedOn;
        reachedOn.ifPresent(d -> InputRules.requireDateInRange(d, "input.field.reachedOn"));
    }

    /** A plan still under way. */
    public Plan(
            long id,
            String name,
            String frameworkId,
            String currentLevelId,
            String targetLevelId,
            String specializationId,
            Optional<LocalDate> targetDate,
            Instant createdAt,
            Instant updatedAt) {
        this(
                id,
                name,
                frameworkId,
                currentLevelId,
                targetLevelId,
                specializationId,
                targetDate,
                createdAt,
                updatedAt,
                Optional.empty());
    }

    /** Whether its target was reached: the plan is then kept as it was. */
    public boolean isReached() {
        return reachedOn.isPresent();
    }

    /** The same plan as stored under {@code newId}. */
    public Plan withId(long newId) {
        return new Plan(
                newId,
                name,
                frameworkId,
                currentLevelId,
                targetLevelId,
                specializationId,
                targetDate,
                createdAt,
                updatedAt,
                reachedOn);
    }

    public Plan withName(String newName, Instant now) {
        return new Plan(
                id,
                newName,
                frameworkId,
                currentLevelId,
                targetLevelId,
                specializationId,
                targetDate,
                createdAt,
                now,
                reachedOn);
    }

    /** The plan with the setup's choices changed ("Edit plan"); its framework, id and history stay. */
    public Plan withChoices(PlanDraft choices, Instant now) {
        return new Plan(
                id,
                choices.name(),
                frameworkId,
                choices.currentLevelId(),
                choices.targetLevelId(),
                choices.specializationId(),
                choices.targetDate(),
                createdAt,
                now,
                reachedOn);
    }

    /** The plan marked as reached on {@code date}, or under way again with an empty one. */
    public Plan withReachedOn(Optional<LocalDate> date, Instant now) {
        return new Plan(
                id,
                name,
                frameworkId,
                currentLevelId,
                targetLevelId,
                specializationId,
                targetDate,
                createdAt,
                now,
                date);
    }

    /** The setup's choices of this plan, e.g. to fill "Edit plan" with them. */
    public PlanDraft choices() {
        return new PlanDraft(name, frameworkId, currentLevelId, targetLevelId, specializationId, targetDate);
    }
}
