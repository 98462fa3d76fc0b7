package io.ascent.service.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Breaks text into lines that fit a width: at spaces, and inside a word only when it is wider than a line. */
final class PdfTextWrap {

    private PdfTextWrap() {
    }

    /** Lines of {@code text} (made printable) that each fit in {@code width}; paragraphs kept apart. */
    static List<String> wrap(PdfFonts fonts, String text, PDType0Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            String clean = fonts.printable(font, paragraph).strip();
            if (clean.isEmpty()) {
                lines.add("");
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : clean.split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fonts.width(font, size, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // A word wider than the line (a long URL) is split where it must be.
                String rest = word;
                while (fonts.width(font, size, rest) > width) {
                    int cut = fit(fonts, rest, font, size, width);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
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
        if (Character.isLowSurrogate(text.charAt(end - 1)) || end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end = Math.max(1, text.offsetByCodePoints(end, -1));
        }
        return end;
    }
}
