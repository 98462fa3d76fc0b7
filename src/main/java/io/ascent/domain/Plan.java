package io.ascent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's journey on a framework: where they stand, where they are going, in which
 * specialization, and by when.
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
        Instant updatedAt) {

    public Plan {
        name = PlanName.check(name);
        targetDate = PlanDraft.checkChoices(frameworkId, currentLevelId, targetLevelId, specializationId, targetDate);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public Plan withName(String newName, Instant now) {
        return new Plan(
                id, newName, frameworkId, currentLevelId, targetLevelId, specializationId, targetDate, createdAt, now);
    }
}
