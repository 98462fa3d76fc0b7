package io.ascent.domain.text;

/** User text put into Markdown: one rule for every Markdown Ascent writes (exports, the 1:1 agenda). */
public final class MarkdownText {

    private MarkdownText() {}

    /** User text on one line, with Markdown's special characters made literal. */
    public static String inline(String text) {
        return escape(text.replaceAll("\\R+", " ").strip());
    }

    /** {@code line} with Markdown's special characters made literal (line breaks kept). */
    public static String escape(String line) {
        return line.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
