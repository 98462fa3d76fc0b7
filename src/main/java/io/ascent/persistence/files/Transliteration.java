package io.ascent.persistence.files;

import com.ibm.icu.text.Transliterator;

/**
 * Latin letters for a name in another script, by ICU4J's rules ("产品战略" becomes "chan pin
 * zhan lue", "استراتيجية" becomes "astratyjyt"). A class of its own so that ICU4J (15 MB, half
 * a second to load its rules) is loaded only when a name needs it.
 */
final class Transliteration {

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Transliteration() {}

    static synchronized String toLatin(String name) {
        // Transliterator instances are not safe to share between threads.
        return TO_ASCII.transliterate(name);
    }
}
