package io.ascent.service;

import io.ascent.domain.Framework;
import io.ascent.domain.InputRules;
import io.ascent.domain.Level;
import io.ascent.domain.PlanChoices;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.Requirements;
import io.ascent.domain.Specializations;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The checks a plan's choices pass on their framework, one place for creating a plan, editing it
 * and starting the next one, in the words of the command line (the setup words them beside its
 * fields, from the same {@link PlanChoices} and {@link Specializations} rules).
 */
final class PlanChecks {

    private PlanChecks() {}

    /**
     * {@code draft} as it is stored: the levels must be the framework's, the target above the
     * current level, the specialization as {@link Specializations} decides, the date from
     * {@code today} on (or {@code keptDate}, the date the plan already has).
     */
    static PlanDraft checked(Framework stored, PlanDraft draft, LocalDate today, Optional<LocalDate> keptDate) {
        // Same levels and rules under the user's language: refusals name the levels as the window does.
        Framework framework = stored.in(I18n.locale());
        Level current = framework
                .level(draft.currentLevelId())
                .orElseThrow(
                        () -> new ValidationException(I18n.t("plan.error.unknownCurrent", draft.currentLevelId())));
        Level target = framework
                .level(draft.targetLevelId())
                .orElseThrow(() -> new ValidationException(I18n.t("plan.error.unknownTarget", draft.targetLevelId())));
        if (!PlanChoices.canTarget(current, target)) {
            throw new ValidationException(I18n.t("plan.error.targetNotAbove", target.title(), current.title()));
        }
        String specialization;
        try {
            specialization = Specializations.resolve(framework, Optional.of(draft.specializationId()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
        // A plan on a climb where the ladder asks nothing would read "100% ready" with nothing done.
        if (Requirements.of(framework, current.id(), target.id(), specialization)
                .cells()
                .isEmpty()) {
            throw new ValidationException(
                    I18n.t("plan.error.nothingRequired", framework.name(), current.title(), target.title()));
        }
        draft.targetDate()
                .ifPresent(date -> PlanChoices.dateProblem(date, today, keptDate)
                        .ifPresent(problem -> {
                            throw new ValidationException(
                                    problem == PlanChoices.DateProblem.PAST
                                            ? I18n.t("plan.error.pastDate", I18n.date(date))
                                            : rangeMessage(date));
                        }));
        return new PlanDraft(
                draft.name(),
                draft.frameworkId(),
                draft.currentLevelId(),
                draft.targetLevelId(),
                specialization,
                draft.targetDate());
    }

    private static String rangeMessage(LocalDate date) {
        try {
            InputRules.requireDateInRange(date, "input.field.targetDate");
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
