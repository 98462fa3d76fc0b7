package io.ascent.service.report;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Right-to-left text for PDFBox, which draws characters in the order it is given and shapes
 * nothing. Arabic is shaped once, in logical order, before lines are measured and wrapped
 * ({@link #shaped}); each line is then put in visual order when it is drawn ({@link #visual}),
 * by the Unicode bidirectional algorithm ({@code java.text.Bidi}). A paragraph's direction is
 * that of its first strong letter, and every line of it keeps that direction ({@link #keepDirection}).
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

    /** Whether {@code text} has a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko ...). */
    static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= 0x0590 && isRightToLeft(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * The lines a paragraph wrapped into, each marked (with an invisible LRM or RLM that
     * {@link #visual} removes) when its own first letter would give it another direction than
     * the paragraph's: a right-to-left paragraph whose second line starts with a number stays
     * right-to-left.
     */
    static List<String> keepDirection(String paragraph, List<String> lines) {
        if (!hasRightToLeft(paragraph)) {
            return lines;
        }
        boolean rightToLeft = firstStrongIsRightToLeft(paragraph).orElse(false);
        List<String> marked = new ArrayList<>(lines.size());
        for (String line : lines) {
            boolean own = firstStrongIsRightToLeft(line).orElse(false);
            marked.add(own == rightToLeft ? line : (rightToLeft ? RLM : LRM) + line);
        }
        return marked;
    }

    /** The line in the order its characters are drawn from left to right, without direction marks. */
    static String visual(String line) {
        if (!hasRightToLeft(line)) {
            return line.indexOf(RLM) < 0 && line.indexOf(LRM) < 0 ? line : withoutMarks(line);
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
        return withoutMarks(String.join("", runs));
    }

    /** A right-to-left run backwards, each letter still followed by its marks, brackets mirrored. */
    private static String reversed(String run) {
        List<String> clusters = new ArrayList<>();
        for (int i = 0; i < run.length(); ) {
            int start = i;
            i += Character.charCount(run.codePointAt(i));
            while (i < run.length() && isMark(run.codePointAt(i))) {
                i += Character.charCount(run.codePointAt(i));
            }
            clusters.add(mirrored(run.substring(start, i)));
        }
        StringBuilder out = new StringBuilder(run.length());
        for (int c = clusters.size() - 1; c >= 0; c--) {
            out.append(clusters.get(c));
        }
        return out.toString();
    }

    private static String mirrored(String cluster) {
        int at = MIRRORED.indexOf(cluster.charAt(0));
        return at < 0 || cluster.length() > 1 ? cluster : String.valueOf(MIRRORED.charAt(at ^ 1));
    }

    private static Optional<Boolean> firstStrongIsRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return Optional.of(false);
            }
            if (isRightToLeft(cp)) {
                return Optional.of(true);
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    private static boolean isRightToLeft(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** The invisible marks {@link #keepDirection} adds: they have no width and are never drawn. */
    static boolean isDirectionMark(int cp) {
        return cp == LRM || cp == RLM;
    }

    private static String withoutMarks(String text) {
        return text.replace(String.valueOf(LRM), "").replace(String.valueOf(RLM), "");
    }
}
