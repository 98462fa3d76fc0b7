package io.ascent.service.report;

import io.ascent.text.BidiText;
import io.ascent.text.I18n;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The embedded DejaVu Sans faces (assets/fonts) and, per character, Droid Sans Fallback for what
 * DejaVu lacks (Chinese, Japanese, Korean). The fallback is 3 MB, so it is read only when a text
 * first needs it: an English plan never loads it. A character neither font has prints as '?' so
 * the reader sees something is missing, and the export never fails.
 */
final class PdfFonts {

    static final String REGULAR = "/assets/fonts/DejaVuSans.ttf";
    static final String BOLD = "/assets/fonts/DejaVuSans-Bold.ttf";
    static final String FALLBACK = "/assets/fonts/DroidSansFallback.ttf";
    private static final String MISSING = "?";

    final PDType0Font regular;
    final PDType0Font bold;
    private final PDDocument document;
    private PDType0Font fallback;
    private final Map<Integer, Boolean> inFallback = new HashMap<>();
    // Per primary face: the face that draws each character, or none when neither has it. Keyed
    // by identity: PDFont.hashCode is costly and there are only two primary faces.
    private final Map<PDType0Font, Map<Integer, PDType0Font>> faces = new IdentityHashMap<>();
    // Advance width per character, in font units: line wrapping measures every candidate line,
    // and PDFBox encodes the whole string on each call (bench/run, figure pdf.5000-milestones).
    private final Map<PDType0Font, Map<Integer, Float>> widths = new IdentityHashMap<>();

    PdfFonts(PDDocument document) {
        this.document = document;
        this.regular = load(document, REGULAR);
        this.bold = load(document, BOLD);
    }

    private static PDType0Font load(PDDocument document, String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(I18n.t("report.error.font", resource));
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // No glyph substitution: for Latin it only makes ligatures (fi, fl), and PDFBox
            // compiles a regular expression for it on every showText, most of the time of a
            // long plan's export (bench/run, figure pdf.5000-milestones).
            font.setEnableGsub(false);
            // Loaded from a parsed font, PDFBox leaves closing it to us: with the document.
            document.registerTrueTypeFontForClosing(font);
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(I18n.t("report.error.font", resource), e);
        }
    }

    /**
     * {@code text} with line breaks and tabs as spaces, Arabic letters joined ({@link PdfBidi#shaped})
     * and every character no face has as '?'. Still in logical order: {@link #show} puts
     * right-to-left text in visual order line by line.
     */
    String printable(PDType0Font font, String text) {
        Map<Integer, PDType0Font> known = faces.computeIfAbsent(font, f -> new HashMap<>());
        String shaped = PdfBidi.shaped(text);
        boolean bidi = BidiText.hasRightToLeft(shaped);
        StringBuilder out = new StringBuilder(shaped.length());
        for (int i = 0; i < shaped.length(); ) {
            int cp = shaped.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (bidi && PdfBidi.isBidiControl(cp)) {
                // Kept until the line is drawn: they order right-to-left text (PdfBidi.visual).
                out.appendCodePoint(cp);
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // Zero-width and control characters print as nothing in any font.
                continue;
            } else if (face(known, font, cp) != null) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING);
            }
        }
        return out.toString();
    }

    /** The face that draws {@code codePoint} for text set in {@code font}; null when none has it. */
    private PDType0Font face(Map<Integer, PDType0Font> known, PDType0Font font, int codePoint) {
        PDType0Font face = known.get(codePoint);
        if (face != null || known.containsKey(codePoint)) {
            return face;
        }
        face = canEncode(font, codePoint) ? font : hasFallback(codePoint) ? fallback : null;
        known.put(codePoint, face);
        return face;
    }

    private boolean hasFallback(int codePoint) {
        return inFallback.computeIfAbsent(codePoint, cp -> {
            if (fallback == null) {
                fallback = load(document, FALLBACK);
            }
            return canEncode(fallback, cp);
        });
    }

    /** Width in points of already {@link #printable} text. */
    float width(PDType0Font font, float size, String printableText) {
        // The same sum, in the same order, as PDFont.getStringWidth, one character at a time.
        Map<Integer, Float> known = widths.computeIfAbsent(font, f -> new HashMap<>());
        float total = 0;
        for (int i = 0; i < printableText.length(); ) {
            int cp = printableText.codePointAt(i);
            i += Character.charCount(cp);
            if (PdfBidi.isBidiControl(cp)) {
                continue;
            }
            Float w = known.get(cp);
            if (w == null) {
                PDType0Font face = face(faces.computeIfAbsent(font, f -> new HashMap<>()), font, cp);
                w = stringWidth(face == null ? font : face, new String(Character.toChars(cp)));
                known.put(cp, w);
            }
            total += w;
        }
        return total / 1000f * size;
    }

    /**
     * Shows printable text at ({@code x}, {@code baseline}), in visual order ({@link PdfBidi#visual}),
     * switching to the fallback face and back wherever the characters need it. The fallback has no
     * bold face, so bold CJK text is filled and outlined to look bold next to DejaVu Sans Bold.
     */
    void show(PDPageContentStream cs, PDType0Font font, float size, Color color, String line, float x, float baseline)
            throws IOException {
        String printableText = PdfBidi.visual(line);
        cs.setNonStrokingColor(color);
        cs.beginText();
        cs.newLineAtOffset(x, baseline);
        for (Run run : runs(font, printableText)) {
            cs.setFont(run.face(), size);
            boolean emboldened = font == bold && run.face() != font;
            if (emboldened) {
                cs.setStrokingColor(color);
                cs.setLineWidth(size * 0.04f);
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
            }
            cs.showText(run.text());
            if (emboldened) {
                cs.setRenderingMode(RenderingMode.FILL);
            }
            // Offsets are from the start of the previous run.
            cs.newLineAtOffset(width(font, size, run.text()), 0);
        }
        cs.endText();
    }

    private record Run(PDType0Font face, String text) {}

    private List<Run> runs(PDType0Font font, String printableText) {
        if (fallback == null) {
            // Nothing so far needed the fallback, so every printable character is in the font.
            return List.of(new Run(font, printableText));
        }
        Map<Integer, PDType0Font> known = faces.computeIfAbsent(font, f -> new HashMap<>());
        List<Run> runs = new ArrayList<>(1);
        PDType0Font current = null;
        int start = 0;
        for (int i = 0; i < printableText.length(); ) {
            int cp = printableText.codePointAt(i);
            PDType0Font face = face(known, font, cp);
            PDType0Font use = face == null ? font : face;
            if (current != null && use != current) {
                runs.add(new Run(current, printableText.substring(start, i)));
                start = i;
            }
            current = use;
            i += Character.charCount(cp);
        }
        if (current != null) {
            runs.add(new Run(current, printableText.substring(start)));
        }
        return runs;
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
