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
        targetDate = checkChoices(frameworkId, currentLevelId, targetLevelId, specializationId, targetDate);
    }

    /**
     * The checks a plan's choices pass on their own, for drafts and stored plans alike; what they
     * must be on a framework is the service's question ({@link Specializations}, ranks).
     */
    static Optional<LocalDate> checkChoices(
            String frameworkId,
            String currentLevelId,
            String targetLevelId,
            String specializationId,
            Optional<LocalDate> targetDate) {
        requireText(frameworkId, "domain.what.frameworkId");
        requireText(currentLevelId, "domain.what.currentLevel");
        requireText(targetLevelId, "domain.what.targetLevel");
        requireText(specializationId, "domain.what.specialization");
        Optional<LocalDate> date = targetDate == null ? Optional.empty() : targetDate;
        date.ifPresent(d -> InputRules.requireDateInRange(d, "input.field.targetDate"));
        return date;
    }
}
