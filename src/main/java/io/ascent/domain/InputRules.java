package io.ascent.domain;

import io.ascent.text.I18n;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What text, ids and dates Ascent accepts from anyone: the user typing, a framework file, a
 * plan file. Text may hold any character a person can type, but no control character other
 * than tab and line breaks (SQLite and PDF fonts handle NUL and friends badly, and nobody means
 * them) and no half of a surrogate pair (it cannot be stored as UTF-8, so it would come back as
 * "?"). Ids are slugs: they never contain a path separator, a quote, a semicolon or a space.
 */
public final class InputRules {

    /** Letters, digits, '.', '_' and '-', starting with a letter or digit; the schema's rule too. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public static final int MAX_ID_LENGTH = 80;
    /** PATH_MAX on Linux (Windows and macOS allow less): longer is a pasted paragraph, not a path. */
    public static final int MAX_PATH_CHARS = 4096;
    /** Dates outside these are typing slips (year 0, 20260) rather than plans. */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

    private InputRules() {}

    public static boolean isId(String text) {
        return text != null
                && text.length() <= MAX_ID_LENGTH
                && ID.matcher(text).matches();
    }

    /**
     * Whether {@code text} can name an item of a plan: a framework milestone id, the id Ascent
     * gives an expectation item ({@link ExpectationItems}, two ids joined by {@code @}), or the id
     * of one of the user's own milestones ({@link OwnMilestones}, {@code own:} and six characters).
     */
    public static boolean isItemId(String text) {
        return isId(text) || ExpectationItems.parse(text).isPresent() || OwnMilestones.isId(text);
    }

    /**
     * The index of the first character that cannot be stored, or -1: a control character other
     * than tab, line feed and carriage return, or an unpaired surrogate.
     */
    public static int badCharacterAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return i;
            }
        }
        return -1;
    }

    /** "U+0000" for the character at {@code index}, the way a user can look it up. */
    public static String describe(String text, int index) {
        return String.format(Locale.ROOT, "U+%04X", (int) text.charAt(index));
    }

    /** {@code text} unchanged, or an {@link IllegalArgumentException} naming the field and the character. */
    public static String requireStorable(String text, String fieldKey) {
        int bad = text == null ? -1 : badCharacterAt(text);
        if (bad >= 0) {
            throw new IllegalArgumentException(
                    I18n.t("input.badCharacter", I18n.t(fieldKey), describe(text, bad), bad + 1));
        }
        return text;
    }

    /** {@code instant} unchanged, or an {@link IllegalArgumentException} naming the field and the range. */
    public static Instant requireInstantInRange(Instant instant, String fieldKey) {
        if (instant.isBefore(MIN_DATE.atStartOfDay(ZoneOffset.UTC).toInstant())
                || !instant.isBefore(
                        MAX_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            throw new IllegalArgumentException(I18n.t(
                    "input.dateRange", I18n.t(fieldKey), instant.toString(), MIN_DATE.toString(), MAX_DATE.toString()));
        }
        return instant;
    }

    /** {@code date} unchanged, or an {@link IllegalArgumentException} naming the field and the range. */
    public static LocalDate requireDateInRange(LocalDate date, String fieldKey) {
        if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
            throw new IllegalArgumentException(I18n.t(
                    "input.dateRange", I18n.t(fieldKey), date.toString(), MIN_DATE.toString(), MAX_DATE.toString()));
        }
        return date;
    }
}
