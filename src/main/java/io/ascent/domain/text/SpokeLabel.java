package io.ascent.domain.text;

import java.util.List;

/**
 * A competency's name as a radar spoke shows it, the same in the window and the printed plan:
 * at most two short lines of {@link #LINE} Latin letters (a Chinese character counts as two),
 * broken between words (or between characters in scripts written without spaces), the second
 * ending in "..." when the name is longer. The full name goes in the
 * window's tooltip and the chart's text for screen readers.
 */
public final class SpokeLabel {

    /** Width of one line of a spoke label, in Latin letters. */
    public static final int LINE = 18;

    private SpokeLabel() {}

    public static List<String> lines(String title) {
        String rest = title.strip();
        if (width(rest) <= LINE) {
            return List.of(rest);
        }
        int cut = fitting(rest, LINE);
        int space = rest.lastIndexOf(' ', cut);
        int end = space > 0 ? space : cut;
        String first = rest.substring(0, end).strip();
        String second = rest.substring(end).strip();
        if (width(second) > LINE) {
            second = second.substring(0, fitting(second, LINE - 1)).strip() + "\u2026";
        }
        return List.of(first, second);
    }

    /** Width in Latin letters: a Chinese, Japanese or Korean character takes two. */
    private static int width(String text) {
        return text.codePoints().map(SpokeLabel::width).sum();
    }

    private static int width(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                        || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA
                        || script == Character.UnicodeScript.HANGUL
                        || Character.isIdeographic(codePoint)
                        || codePoint >= 0xFF00 && codePoint <= 0xFFEF
                        || codePoint >= 0x3000 && codePoint <= 0x303F
                ? 2
                : 1;
    }

    /** The index in {@code text} after the characters that fit in {@code room}. */
    private static int fitting(String text, int room) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (used + width(cp) > room) {
                break;
            }
            used += width(cp);
            i += Character.charCount(cp);
        }
        return i;
    }
}
