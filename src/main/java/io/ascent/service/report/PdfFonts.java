package io.ascent.service.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded DejaVu Sans faces (assets/fonts) and the rule for characters they lack: such a
 * character prints as '?' so the reader sees something is missing, and the export never fails.
 */
final class PdfFonts {

    static final String REGULAR = "/assets/fonts/DejaVuSans.ttf";
    static final String BOLD = "/assets/fonts/DejaVuSans-Bold.ttf";
    private static final String MISSING = "?";

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<PDType0Font, Map<Integer, Boolean>> supported = new HashMap<>();
    // Advance width per character, in font units: line wrapping measures every candidate line,
    // and PDFBox encodes the whole string on each call (bench/run, figure pdf.5000-milestones).
    private final Map<PDType0Font, Map<Integer, Float>> widths = new HashMap<>();

    PdfFonts(PDDocument document) {
        this.regular = load(document, REGULAR);
        this.bold = load(document, BOLD);
    }

    private static PDType0Font load(PDDocument document, String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from this build of Ascent.");
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the font " + resource, e);
        }
    }

    /** {@code text} with line breaks and tabs as spaces and every character the font lacks as '?'. */
    String printable(PDType0Font font, String text) {
        Map<Integer, Boolean> known = supported.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // Zero-width and control characters print as nothing in any font.
                return;
            } else if (known.computeIfAbsent(cp, c -> canEncode(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    /** Width in points of already {@link #printable} text. */
    float width(PDType0Font font, float size, String printableText) {
        // The same sum, in the same order, as PDFont.getStringWidth, one character at a time.
        Map<Integer, Float> known = widths.computeIfAbsent(font, f -> new HashMap<>());
        float total = 0;
        for (int i = 0; i < printableText.length(); ) {
            int cp = printableText.codePointAt(i);
            i += Character.charCount(cp);
            total += known.computeIfAbsent(cp, c -> stringWidth(font, new String(Character.toChars(c))));
        }
        return total / 1000f * size;
    }

    private static float stringWidth(PDType0Font font, String text) {
        try {
            return font.getStringWidth(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean canEncode(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
