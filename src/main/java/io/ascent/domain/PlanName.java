package io.ascent.domain;

import io.ascent.text.I18n;

/** The rule for plan names, in one place so the setup form and the records agree. */
public final class PlanName {

    public static final int MAX_LENGTH = 120;

    private PlanName() {}

    /** What can be wrong with a plan name; screens word it in the user's language. */
    public enum Problem {
        NONE,
        EMPTY,
        TOO_LONG,
        CONTROL_CHARACTERS
    }

    public static Problem problemOf(String name) {
        if (name == null || name.isBlank()) {
            return Problem.EMPTY;
        }
        String stripped = name.strip();
        // Counted in characters as the user sees them: an emoji is one, not two UTF-16 units.
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            return Problem.TOO_LONG;
        }
        // A lone surrogate cannot be stored as UTF-8 and would come back as "?": refused like a control character.
        if (stripped.chars().anyMatch(Character::isISOControl) || InputRules.badCharacterAt(stripped) >= 0) {
            return Problem.CONTROL_CHARACTERS;
        }
        return Problem.NONE;
    }

    /** Length in characters as the user sees them (code points). */
    public static int length(String name) {
        String stripped = name.strip();
        return stripped.codePointCount(0, stripped.length());
    }

    /** Why {@code name} is not a usable plan name, in the user's language, or an empty string when it is. */
    public static String problem(String name) {
        return switch (problemOf(name)) {
            case NONE -> "";
            case EMPTY -> I18n.t("domain.planName.empty");
            case TOO_LONG -> I18n.t("domain.planName.tooLong", MAX_LENGTH, length(name));
            case CONTROL_CHARACTERS -> I18n.t("setup.error.nameControl");
        };
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
