package io.ascent.domain;

import io.ascent.text.I18n;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The rule for plan names, in one place: which names are valid and when two names are the same.
 * The setup form, the services, the command line, plan-file import and the database (which
 * stores {@link #key} under a unique index) all ask here.
 *
 * <p>Two names are the same when they are equal after Unicode normalization (NFC) and case
 * folding: "Café" typed with a combining accent, "CAFÉ" and "café" name one plan. Characters
 * that change how text around them is shown without being seen themselves (bidi overrides and
 * isolates, the zero-width space, the byte-order mark) are refused ({@link VisibleText}, the rule
 * win titles follow too): they make two names that look the same, or a name that reads backwards.
 */
public final class PlanName {

    public static final int MAX_LENGTH = 120;

    /** Combining marks one letter may carry: Vietnamese needs two, Zalgo text dozens. */
    public static final int MAX_MARKS = 4;

    private PlanName() {}

    /** What can be wrong with a plan name; screens word it in the user's language. */
    public enum Problem {
        NONE,
        EMPTY,
        TOO_LONG,
        CONTROL_CHARACTERS,
        INVISIBLE_CHARACTERS,
        TOO_MANY_MARKS
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
        if (VisibleText.firstInvisible(stripped).isPresent()) {
            return Problem.INVISIBLE_CHARACTERS;
        }
        if (mostMarks(stripped) > MAX_MARKS) {
            return Problem.TOO_MANY_MARKS;
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
            case INVISIBLE_CHARACTERS ->
                I18n.t(
                        "domain.planName.invisible",
                        VisibleText.codePoint(
                                VisibleText.firstInvisible(name.strip()).orElse(0)));
            case TOO_MANY_MARKS -> I18n.t("domain.planName.marks", MAX_MARKS);
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

    /**
     * What two names that are {@link #same} have in common: the stripped name in NFC, case-folded
     * (upper then lower case, so that "ß" and "SS", "ς" and "σ" meet), in NFC again.
     */
    public static String key(String name) {
        String nfc = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        String folded = nfc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /** Whether {@code a} and {@code b} name the same plan. */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /**
     * A valid name as close to {@code stored} as possible, for names stored before a rule
     * existed: refused characters removed, cut to {@link #MAX_LENGTH}; {@code fallback} if
     * nothing is left.
     */
    public static String repaired(String stored, String fallback) {
        StringBuilder kept = new StringBuilder();
        (stored == null ? "" : stored)
                .codePoints()
                .filter(cp -> !VisibleText.isInvisible(cp)
                        && !Character.isISOControl(cp)
                        && Character.getType(cp) != Character.SURROGATE)
                .limit(MAX_LENGTH)
                .forEach(kept::appendCodePoint);
        String name = kept.toString().strip();
        return name.isEmpty() ? fallback : name;
    }

    /**
     * {@code name} with " (n)" added, the first n from 2 whose name is not in {@code takenKeys};
     * cut so the result stays within {@link #MAX_LENGTH}.
     */
    public static String numbered(String name, Set<String> takenKeys) {
        for (int n = 2; ; n++) {
            String suffix = " (" + n + ")";
            int room = MAX_LENGTH - suffix.length();
            String base = name.codePointCount(0, name.length()) <= room
                    ? name
                    : name.substring(0, name.offsetByCodePoints(0, room)).strip();
            String candidate = base + suffix;
            if (!takenKeys.contains(key(candidate))) {
                return candidate;
            }
        }
    }

    /** The longest run of combining marks (nonspacing or enclosing) after NFC. */
    private static int mostMarks(String name) {
        int most = 0;
        int run = 0;
        for (int cp :
                Normalizer.normalize(name, Normalizer.Form.NFC).codePoints().toArray()) {
            int type = Character.getType(cp);
            run = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK ? run + 1 : 0;
            most = Math.max(most, run);
        }
        return most;
    }
}
