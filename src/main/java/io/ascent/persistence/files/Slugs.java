package io.ascent.persistence.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Ids derived from names, so a CSV needs no id columns: "Senior PM" becomes "senior-pm",
 * "Стратегия" becomes "strategiia" (ICU4J's Any-Latin), and a name nothing can spell in Latin
 * letters gets a short hash of itself. The result is always a slug {@code [a-z0-9][a-z0-9-]*}.
 * These ids are made once, at a framework's first import, and kept by name afterwards
 * ({@link CsvIds}), so a change in the transliteration rules never moves a user's progress.
 */
final class Slugs {

    static final int MAX_LENGTH = 60;
    private static final int HASH_HEX_DIGITS = 8;

    private Slugs() {}

    /** The slug of {@code name}; empty only for a blank name. */
    static String of(String name) {
        String text = name.strip();
        if (text.isEmpty()) {
            return "";
        }
        String latin = needsTransliteration(text) ? Transliteration.toLatin(text) : text;
        String slug = ascii(latin);
        if (needsTransliteration(latin)) {
            // Some letters have no Latin spelling (runes, Yi): keep what did, and let a hash
            // of the whole name tell such names apart.
            slug = slug.isEmpty() ? hash(text) : cut(slug, MAX_LENGTH - HASH_HEX_DIGITS - 1) + "-" + hash(text);
        }
        return slug.isEmpty() ? hash(text) : slug;
    }

    /**
     * Whether {@code name} has letters or digits outside plain Latin (after accents are dropped):
     * only such names need ICU4J, so importing a Latin ladder never loads it.
     */
    static boolean needsTransliteration(String name) {
        String plain = withoutMarks(name);
        for (int i = 0; i < plain.length(); ) {
            int cp = plain.codePointAt(i);
            if (cp > 0x7f && Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static String ascii(String text) {
        String slug = withoutMarks(text)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return cut(slug, MAX_LENGTH);
    }

    private static String withoutMarks(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String cut(String slug, int max) {
        return slug.length() > max ? slug.substring(0, max).replaceAll("-+$", "") : slug;
    }

    /** The first hex digits of the SHA-256 of the name (NFC, UTF-8): the same name, the same hash, always. */
    static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Normalizer.normalize(name.strip(), Normalizer.Form.NFC)
                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** "acme-pm_ladder.csv" becomes "Acme pm ladder": a readable name from a file name. */
    static String nameOfFile(String fileName) {
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "")
                .replace('_', ' ')
                .replace('-', ' ')
                .strip();
        return base.isEmpty() ? "Imported framework" : Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }
}
