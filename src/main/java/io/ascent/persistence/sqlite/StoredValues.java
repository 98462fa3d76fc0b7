package io.ascent.persistence.sqlite;

import io.ascent.domain.InputRules;
import io.ascent.text.I18n;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads values as they were stored, which is not always as Ascent writes them: another tool, a
 * sync conflict or a damaged page can leave "2026-13-45" in a date column. A value that cannot be
 * read is left out (or replaced where the record needs one) and said in {@code damage}, so that
 * one bad value never keeps every other plan from being read, and is never shown as if it were
 * fine.
 */
final class StoredValues {

    private StoredValues() {}

    /** The date in {@code text}, empty if there is none or it cannot be read. */
    static Optional<LocalDate> date(String text, String column, List<String> damage) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InputRules.requireDateInRange(LocalDate.parse(text), "input.field." + column));
        } catch (DateTimeException | IllegalArgumentException e) {
            unreadable(column, text, damage);
            return Optional.empty();
        }
    }

    /** The instant in {@code text}, or {@code fallback} if it cannot be read. */
    static Instant instant(String text, String column, Instant fallback, List<String> damage) {
        Optional<Instant> read = instant(text);
        if (read.isEmpty()) {
            unreadable(column, text, damage);
        }
        return read.orElse(fallback);
    }

    static Optional<Instant> instant(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** An id column that must not be blank; "?" (which matches nothing) if it is. */
    static String id(String text, String column, List<String> damage) {
        if (text == null || text.isBlank()) {
            unreadable(column, text, damage);
            return "?";
        }
        return text;
    }

    /** Says in {@code damage} that {@code text}, stored in {@code column}, cannot be read. */
    static void unreadable(String column, String text, List<String> damage) {
        String field = "input.field." + column;
        damage.add(I18n.t("persist.damage.value", I18n.t(field), shown(text)));
    }

    /** At most 40 characters of a stored value, as a user can quote it. */
    private static String shown(String text) {
        if (text == null) {
            return "NULL";
        }
        String flat = text.codePoints()
                .map(cp -> Character.isISOControl(cp) ? '?' : cp)
                .limit(40)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return flat.length() < text.length() ? flat + "..." : flat;
    }
}
