package io.ascent.service;

import io.ascent.text.I18n;

/**
 * A plan cannot take a name another plan of the database already has, as people read names: the
 * same letters in another case, or in another Unicode normalization, are the same name.
 */
public class PlanNameTakenException extends ValidationException {

    private final String name;

    /** {@code existing} is the name as the other plan has it, {@code wanted} as it was asked for. */
    public PlanNameTakenException(String existing, String wanted) {
        super(
                existing.equals(wanted.strip())
                        ? I18n.t("plan.error.nameTaken", existing)
                        : I18n.t("plan.error.nameTakenAs", wanted.strip(), existing));
        this.name = existing;
    }

    /** The name of the plan that has it. */
    public String name() {
        return name;
    }
}
