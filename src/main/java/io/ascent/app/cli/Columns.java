package io.ascent.app.cli;

/**
 * Pads text into terminal columns by how wide it is drawn: a Chinese, Japanese or Korean
 * character takes two columns, so counting chars (as printf does) would skew the tables.
 */
final class Columns {

    private Columns() {}

    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            // Invisible format characters (the marks around right-to-left names) take no column.
            width += Character.getType(cp) == Character.FORMAT ? 0 : wide(cp) ? 2 : 1;
        }
        return width;
    }

    /** {@code text} followed by spaces up to {@code width} columns (never cut). */
    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }

    private static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115f
                || cp >= 0x2e80 && cp <= 0xa4cf
                || cp >= 0xac00 && cp <= 0xd7a3
                || cp >= 0xf900 && cp <= 0xfaff
                || cp >= 0xfe30 && cp <= 0xfe4f
                || cp >= 0xff00 && cp <= 0xff60
                || cp >= 0xffe0 && cp <= 0xffe6
                || cp >= 0x20000 && cp <= 0x3fffd;
    }
}
