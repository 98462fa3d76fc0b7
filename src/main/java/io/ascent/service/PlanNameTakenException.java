package io.ascent.service;

import io.ascent.text.I18n;

/** A plan cannot take a name another plan of the database already has. */
public class PlanNameTakenException extends ValidationException {

    private final String name;

    public PlanNameTakenException(String name) {
        super(I18n.t("plan.error.nameTakenImport", name));
        this.name = name;
    }

    public String name() {
        return name;
    }
}
