package io.ascent.service.report;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;

/**
 * Arabic letters joined as they are written: ICU4J's shaping to the presentation forms that
 * DejaVu Sans has (initial, medial, final, isolated; lam-alef ligatures). Vowel marks (fatha,
 * shadda ...) stay the zero-width combining marks they are: ICU4J would turn them into spacing
 * presentation forms that open a gap inside the word. A class of its own so that ICU4J is loaded
 * only for a document with Arabic in it.
 */
final class ArabicLetters {

    private static final ArabicShaping SHAPING = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    private ArabicLetters() {}

    // The combining mark of each presentation form U+FE70..U+FE7F (isolated and medial), 0 for none.
    private static final char[] MARKS = {
        '\u064b', '\u064b', '\u064c', 0, '\u064d', 0, '\u064e', '\u064e', '\u064f', '\u064f', '\u0650', '\u0650',
        '\u0651', '\u0651', '\u0652', '\u0652'
    };

    static String shape(String logical) {
        String shaped;
        try {
            shaped = SHAPING.shape(logical);
        } catch (ArabicShapingException e) {
            // Only a fixed-length option can run out of room; this one grows and shrinks.
            throw new IllegalStateException(e);
        }
        StringBuilder out = new StringBuilder(shaped);
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c >= 0xfe70 && c <= 0xfe7f && MARKS[c - 0xfe70] != 0) {
                out.setCharAt(i, MARKS[c - 0xfe70]);
            }
        }
        return out.toString();
    }
}
