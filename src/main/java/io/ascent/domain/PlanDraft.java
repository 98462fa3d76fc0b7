package io.ascent.domain;

import static io.ascent.domain.Checks.requireText;

import java.time.LocalDate;
import java.util.Optional;

/** What the user chose for a new plan, before it is stored. */
public record PlanDraft(
        String name,
        String frameworkId,
        String currentLevelId,
        String targetLevelId,
        String specializationId,
        Optional<LocalDate> targetDate) {

    public PlanDraft {
        name = PlanName.check(name);
        requireText(frameworkId, "domain.what.frameworkId");
        requireText(currentLevelId, "domain.what.currentLevel");
        requireText(targetLevelId, "domain.what.targetLevel");
        requireText(specializationId, "domain.what.specialization");
        targetDate = targetDate == null ? Optional.empty() : targetDate;
        targetDate.ifPresent(d -> InputRules.requireDateInRange(d, "input.field.targetDate"));
    }
}
