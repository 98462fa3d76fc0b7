package io.ascent.service.report;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;

/**
 * Arabic letters joined as they are written: ICU4J's shaping to the presentation forms that
 * DejaVu Sans has (initial, medial, final, isolated; lam-alef ligatures). A class of its own so
 * that ICU4J is loaded only for a document with Arabic in it.
 */
final class ArabicLetters {

    private static final ArabicShaping SHAPING = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    private ArabicLetters() {}

    static String shape(String logical) {
        try {
            return SHAPING.shape(logical);
        } catch (ArabicShapingException e) {
            // Only a fixed-length option can run out of room; this one grows and shrinks.
            throw new IllegalStateException(e);
        }
    }
}
