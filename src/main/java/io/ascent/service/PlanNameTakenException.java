package io.ascent.service;

/** A plan cannot take a name another plan of the database already has. */
public class PlanNameTakenException extends ValidationException {

    private final String name;

    public PlanNameTakenException(String name) {
        super("A plan named \"" + name + "\" already exists. Rename it, or import under another name.");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
