package io.ascent.service.report;

import io.ascent.text.BidiText;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Right-to-left text for PDFBox, which draws characters in the order it is given and shapes
 * nothing. Arabic is shaped once, in logical order, before lines are measured and wrapped
 * ({@link #shaped}); each line is then put in visual order when it is drawn ({@link #visual}),
 * by the Unicode bidirectional algorithm ({@code java.text.Bidi}), which also honours the marks
 * around right-to-left names in translated sentences ({@code text.BidiText}). A paragraph's
 * direction is that of its first strong letter, and every line of it keeps that direction
 * ({@link #keepDirection}).
 * Text without right-to-left letters passes through untouched and costs one scan.
 */
final class PdfBidi {

    private static final char LRM = '\u200e';
    private static final char RLM = '\u200f';
    private static final String MIRRORED = "()[]{}<>\u00ab\u00bb\u2039\u203a";

    private PdfBidi() {}

    /** {@code logical} with Arabic letters in the contextual forms that join them; the same text otherwise. */
    static String shaped(String logical) {
        for (int i = 0; i < logical.length(); i++) {
            char c = logical.charAt(i);
            if (c >= 0x0620 && c <= 0x06ff && Character.isLetter(c)) {
                return ArabicLetters.shape(logical);
            }
        }
        return logical;
    }

    /**
     * The lines a paragraph wrapped into, each marked (with an invisible LRM or RLM that
     * {@link #visual} removes) when its own first letter would give it another direction than
     * the paragraph's: a line of a right-to-left paragraph that starts with a Latin word stays
     * right-to-left.
     */
    static List<String> keepDirection(String paragraph, List<String> lines) {
        if (!BidiText.hasRightToLeft(paragraph)) {
            return lines;
        }
        boolean rightToLeft = isRightToLeft(paragraph);
        List<String> marked = new ArrayList<>(lines.size());
        for (String line : lines) {
            boolean own = isRightToLeft(line);
            marked.add(own == rightToLeft ? line : (rightToLeft ? RLM : LRM) + line);
        }
        return marked;
    }

    /** The line in the order its characters are drawn from left to right, without direction marks. */
    static String visual(String line) {
        if (!BidiText.hasRightToLeft(line)) {
            return withoutControls(line);
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int r = 0; r < count; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            String run = line.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            runs[r] = levels[r] % 2 == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return withoutControls(String.join("", runs));
    }

    /**
     * A right-to-left run backwards, brackets mirrored. A vowel mark ends up just before its
     * letter, where DejaVu Sans draws it over the letter: its Arabic and Hebrew marks have no
     * width and sit to the right of the pen, as for text drawn from right to left.
     */
    private static String reversed(String run) {
        StringBuilder out = new StringBuilder(run.length());
        for (int i = run.length(); i > 0; ) {
            int cp = run.codePointBefore(i);
            i -= Character.charCount(cp);
            out.appendCodePoint(mirrored(cp));
        }
        return out.toString();
    }

    private static int mirrored(int cp) {
        int at = MIRRORED.indexOf(cp);
        return at < 0 ? cp : MIRRORED.charAt(at ^ 1);
    }

    /** The paragraph direction the bidirectional algorithm gives {@code text} (rules P2, P3: isolates skipped). */
    private static boolean isRightToLeft(String text) {
        return BidiText.hasRightToLeft(text)
                && !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    /**
     * The invisible characters that steer the bidirectional algorithm: marks (LRM, RLM, as
     * {@code text.BidiText} adds them), embeddings and overrides, and isolates. They have no width
     * and are never drawn.
     */
    static boolean isBidiControl(int cp) {
        return cp == LRM || cp == RLM || cp >= 0x202a && cp <= 0x202e || cp >= 0x2066 && cp <= 0x2069;
    }

    private static String withoutControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isBidiControl(text.charAt(i))) {
                StringBuilder out = new StringBuilder(text.length());
                text.codePoints().filter(cp -> !isBidiControl(cp)).forEach(out::appendCodePoint);
                return out.toString();
            }
        }
        return text;
    }
}
