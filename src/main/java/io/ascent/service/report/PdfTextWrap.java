package io.ascent.service.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Breaks text into lines that fit a width: at spaces, between Chinese, Japanese and Korean
 * characters (which are written without spaces), and inside a word only when it is wider than a
 * line. A closing mark such as ）or 。never starts a line and an opening one never ends it.
 */
final class PdfTextWrap {

    private static final String CLOSING = ")]}\u3001\u3002\uff0c\uff0e\uff1a\uff1b\uff01\uff1f\uff09\uff3d\uff5d"
            + "\u300d\u300f\u3011\u3009\u300b\u201d\u2019\u00bb\u30fc\u2026%\uff05,.;:!?";
    private static final String OPENING = "([{\uff08\uff3b\uff5b\u300c\u300e\u3010\u3008\u300a\u201c\u2018\u00ab";

    private PdfTextWrap() {}

    /** Lines of {@code text} (made printable) that each fit in {@code width}; paragraphs kept apart. */
    static List<String> wrap(PdfFonts fonts, String text, PDType0Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            String clean = fonts.printable(font, paragraph).strip();
            lines.addAll(PdfBidi.keepDirection(clean, wrapParagraph(fonts, clean, font, size, width)));
        }
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static List<String> wrapParagraph(PdfFonts fonts, String clean, PDType0Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        if (clean.isEmpty()) {
            lines.add("");
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : clean.split(" +")) {
            List<String> pieces = pieces(word);
            for (int p = 0; p < pieces.size(); p++) {
                String piece = pieces.get(p);
                String glue = line.length() == 0 ? "" : p == 0 ? " " : "";
                String candidate = line + glue + piece;
                if (fonts.width(font, size, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // A piece wider than the line (a long URL) is split where it must be.
                String rest = piece;
                while (fonts.width(font, size, rest) > width) {
                    int cut = fit(fonts, rest, font, size, width);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** A word cut where a line may break inside it: around CJK characters; the word itself otherwise. */
    static List<String> pieces(String word) {
        if (!hasWide(word)) {
            return List.of(word);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int previous = -1;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (previous >= 0
                    && (cjk(cp) || cjk(previous))
                    && CLOSING.indexOf(cp) < 0
                    && OPENING.indexOf(previous) < 0) {
                pieces.add(word.substring(start, i));
                start = i;
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    private static boolean hasWide(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x2e80) {
                return true;
            }
        }
        return false;
    }

    private static boolean cjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || cp >= 0x3000 && cp <= 0x303f
                || cp >= 0xff00 && cp <= 0xffef;
    }

    private static int fit(PdfFonts fonts, String text, PDType0Font font, float size, float width) {
        int end = 1;
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (fonts.width(font, size, text.substring(0, next)) > width) {
                break;
            }
            end = next;
        }
        if (Character.isLowSurrogate(text.charAt(end - 1))
                || end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end = Math.max(1, text.offsetByCodePoints(end, -1));
        }
        return end;
    }
}
