package io.ascent.persistence.files;

import java.text.Normalizer;
import java.util.Locale;

/** Ids derived from titles ("Senior PM" becomes "senior-pm"), so a CSV needs no id columns. */
final class Slugs {

    static final int MAX_LENGTH = 60;

    private Slugs() {}

    static String of(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
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
