package io.ascent.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the choices of a plan must be, wherever they are made: the setup, "Edit plan", the command
 * line's {@code plan create} and {@code plan edit}. Each surface words a refusal its own way
 * (beside a field, or as one line), from the same rule.
 */
public final class PlanChoices {

    /** Why a target date cannot be chosen. */
    public enum DateProblem {
        /** Before today. */
        PAST,
        /** A typing slip such as year 20270 ({@link InputRules#MIN_DATE}, {@link InputRules#MAX_DATE}). */
        OUT_OF_RANGE
    }

    private PlanChoices() {}

    /** Whether a plan that starts at {@code current} can aim at {@code target}: a level above it. */
    public static boolean canTarget(Level current, Level target) {
        return target.rank() > current.rank();
    }

    /**
     * Why {@code date} cannot be a plan's target date {@code today}; empty when it can. A date the
     * plan already has ({@code kept}) stays valid after it has passed, so editing other choices of
     * a plan never forces its date to change.
     */
    public static Optional<DateProblem> dateProblem(LocalDate date, LocalDate today, Optional<LocalDate> kept) {
        if (date.isBefore(today) && !kept.filter(date::equals).isPresent()) {
            return Optional.of(DateProblem.PAST);
        }
        if (date.isBefore(InputRules.MIN_DATE) || date.isAfter(InputRules.MAX_DATE)) {
            return Optional.of(DateProblem.OUT_OF_RANGE);
        }
        return Optional.empty();
    }
}
