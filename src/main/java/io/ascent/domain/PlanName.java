package io.ascent.domain;

/** The rule for plan names, in one place so the setup form and the records agree. */
public final class PlanName {

    public static final int MAX_LENGTH = 120;

    private PlanName() {
    }

    /** Why {@code name} is not a usable plan name, or an empty string when it is. */
    public static String problem(String name) {
        if (name == null || name.isBlank()) {
            return "Give the plan a name, e.g. \"Road to Senior PM\".";
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_LENGTH) {
            return "Keep the name under " + MAX_LENGTH + " characters (it has " + stripped.length() + ").";
        }
        if (stripped.chars().anyMatch(ch -> Character.isISOControl(ch))) {
            return "The name cannot contain line breaks or control characters.";
        }
        return "";
    }

    /** The stripped name, or an {@link IllegalArgumentException} saying what is wrong with it. */
    public static String check(String name) {
        String problem = problem(name);
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException(problem);
        }
        return name.strip();
    }
}
