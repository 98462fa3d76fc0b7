package io.ascent.text;

/**
 * Names written right to left (Arabic, Hebrew ...) inside a sentence of the interface's language,
 * which is written left to right (English, Spanish, Chinese). Left alone, the Unicode
 * bidirectional algorithm lets a sentence that starts with such a name read right to left:
 * "تحليل البيانات: Senior PM, 1 level to go" would show "Senior PM, 1" first. {@link I18n#t}
 * therefore {@linkplain #marked marks} every such argument with a LEFT-TO-RIGHT MARK on each side:
 * the name still reads right to left, the sentence around it left to right.
 *
 * <p>Marks rather than embeddings (RLE ... PDF) or isolates (FSI ... PDI), which would also keep
 * a name's own numbers and Latin letters in its direction: JavaFX 21 draws those as
 * missing-glyph boxes, and draws the LEFT-TO-RIGHT MARK as the nothing it is.
 * {@code java.text.Bidi} and the PDF writer honour it too.
 */
public final class BidiText {

    private static final char LRM = '\u200e';

    private BidiText() {}

    /** {@code value} between left-to-right marks when it is text with a right-to-left letter; as it is otherwise. */
    static Object marked(Object value) {
        return value instanceof CharSequence text && hasRightToLeft(text) ? LRM + text.toString() + LRM : value;
    }

    /** Whether {@code text} has a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko ...). */
    public static boolean hasRightToLeft(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x0590 && isRightToLeft(Character.codePointAt(text, i))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isRightToLeft(int codePoint) {
        byte d = Character.getDirectionality(codePoint);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** {@code text} without the marks {@link #marked} added, for a sentence that becomes data (a suggested plan name). */
    public static String strip(String text) {
        return text.indexOf(LRM) < 0 ? text : text.replace(String.valueOf(LRM), "");
    }
}
