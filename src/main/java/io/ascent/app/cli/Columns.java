package io.ascent.app.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays text out in terminal columns by how wide it is drawn, not by how many chars it has: a
 * Chinese, Japanese or Korean character or an emoji takes two columns, a combining accent or an
 * invisible format character none. Text in a right-to-left script is wrapped in a Unicode
 * isolate, so that a terminal that orders it right to left does not pull the padding (or the
 * next column) into it. Columns are as wide as their widest cell; nothing is cut.
 */
final class Columns {

    /** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: the cell takes its own direction, the row stays left to right. */
    private static final String ISOLATE = "\u2068";

    private static final String END_ISOLATE = "\u2069";

    private static final String GAP = "  ";

    private Columns() {}

    /** Rows laid out under each other, each line starting with {@code indent}; the last column is not padded. */
    static List<String> table(String indent, List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                line.append(isolated(cell));
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - width(cell))).append(GAP);
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            width += width(cp);
        }
        return width;
    }

    /** {@code text} followed by spaces up to {@code width} columns (never cut). */
    static String pad(String text, int width) {
        return isolated(text) + " ".repeat(Math.max(0, width - width(text)));
    }

    private static String isolated(String text) {
        return text.codePoints().anyMatch(Columns::rightToLeft) ? ISOLATE + text + END_ISOLATE : text;
    }

    private static boolean rightToLeft(int cp) {
        byte direction = Character.getDirectionality(cp);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    /** East Asian wide and full-width characters, and the emoji blocks terminals draw two columns wide. */
    private static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115f
                || cp >= 0x2e80 && cp <= 0xa4cf
                || cp >= 0xac00 && cp <= 0xd7a3
                || cp >= 0xf900 && cp <= 0xfaff
                || cp >= 0xfe30 && cp <= 0xfe4f
                || cp >= 0xff00 && cp <= 0xff60
                || cp >= 0xffe0 && cp <= 0xffe6
                || cp >= 0x1f300 && cp <= 0x1f64f
                || cp >= 0x1f680 && cp <= 0x1f6ff
                || cp >= 0x1f900 && cp <= 0x1f9ff
                || cp >= 0x1fa70 && cp <= 0x1faff
                || cp >= 0x20000 && cp <= 0x3fffd;
    }
}
