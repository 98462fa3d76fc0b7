package io.ascent.service.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A top-to-bottom writer over A4 pages: keeps a cursor, wraps text to a width and starts a new
 * page whenever the next line would run into the footer, so nothing is ever cut off.
 */
final class PdfLayout implements AutoCloseable {

    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 56;
    static final float TOP = SIZE.getHeight() - 78;
    static final float BOTTOM = 70;
    static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;

    final PDDocument document;
    final PdfFonts fonts;
    private PDPageContentStream stream;
    private PDPage page;
    private float y;

    PdfLayout(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    float y() {
        return y;
    }

    void moveDown(float points) {
        y -= points;
    }

    PDPageContentStream stream() {
        if (stream == null) {
            newPage();
        }
        return stream;
    }

    PDPage currentPage() {
        stream();
        return page;
    }

    void newPage() {
        closeStream();
        page = new PDPage(SIZE);
        document.addPage(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    /** Starts a new page unless {@code height} points still fit above the footer. */
    void ensureSpace(float height) {
        if (stream == null || y - height < BOTTOM) {
            newPage();
        }
    }

    /** Writes wrapped text at {@code x}, breaking pages between lines; returns the height used. */
    float paragraph(String text, PDType0Font font, float size, Color color, float x, float width) {
        float lineHeight = lineHeight(size);
        float used = 0;
        for (String line : wrap(text, font, size, width)) {
            ensureSpace(lineHeight);
            show(line, font, size, color, x, y - size);
            y -= lineHeight;
            used += lineHeight;
        }
        return used;
    }

    static float lineHeight(float size) {
        return size * 1.4f;
    }

    /** Writes one line with its baseline at {@code baseline}; no wrapping. */
    void write(String text, PDType0Font font, float size, Color color, float x, float baseline) {
        show(fonts.printable(font, text), font, size, color, x, baseline);
    }

    /** As {@link #write}, for a line {@link #wrap} made printable already: each character is checked once. */
    private void show(String printable, PDType0Font font, float size, Color color, float x, float baseline) {
        try {
            PDPageContentStream cs = stream();
            fonts.show(cs, font, size, color, printable, x, baseline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of {@code text} (made printable) that each fit in {@code width}; paragraphs kept apart. */
    List<String> wrap(String text, PDType0Font font, float size, float width) {
        return PdfTextWrap.wrap(fonts, text, font, size, width);
    }

    /** Draws prepared lines from {@code top} down, without page breaks; returns the height used. */
    float lines(List<String> lines, PDType0Font font, float size, Color color, float x, float top) {
        float lineHeight = lineHeight(size);
        for (int i = 0; i < lines.size(); i++) {
            show(lines.get(i), font, size, color, x, top - i * lineHeight - size);
        }
        return lines.size() * lineHeight;
    }

    /** Starts a section on a new page: a large title and a rule under it. */
    void sectionTitle(String title) {
        newPage();
        title(title);
    }

    /** Starts a section on the current page when {@code room} points are left below its title, else on a new one. */
    void sectionTitle(String title, float room) {
        ensureSpace(room + 60);
        moveDown(y < TOP ? 24 : 0);
        title(title);
    }

    private void title(String title) {
        paragraph(title, fonts.bold, PdfStyle.SECTION, PdfStyle.ACCENT, MARGIN, WIDTH);
        moveDown(4);
        line(MARGIN, y, MARGIN + WIDTH, y, PdfStyle.ACCENT_PALE, 1.2f);
        moveDown(14);
    }

    /** A horizontal bar {@code fraction} full, e.g. for readiness. */
    void bar(float x, float yBottom, float w, float h, double fraction, Color color) {
        fillRect(x, yBottom, w, h, PdfStyle.TRACK);
        float filled = (float) (w * Math.max(0, Math.min(1, fraction)));
        if (filled > 0) {
            fillRect(x, yBottom, filled, h, color);
        }
    }

    void fillRect(float x, float yBottom, float w, float h, Color color) {
        try {
            PDPageContentStream cs = stream();
            cs.setNonStrokingColor(color);
            cs.addRect(x, yBottom, w, h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void strokeRect(float x, float yBottom, float w, float h, Color color, float lineWidth) {
        try {
            PDPageContentStream cs = stream();
            cs.setStrokingColor(color);
            cs.setLineWidth(lineWidth);
            cs.addRect(x, yBottom, w, h);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) {
        try {
            PDPageContentStream cs = stream();
            cs.setStrokingColor(color);
            cs.setLineWidth(lineWidth);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A polyline through {@code points} (x0, y0, x1, y1, ...), closed and filled or stroked. */
    void polygon(float[] points, Color fill, Color stroke, float lineWidth) {
        try {
            PDPageContentStream cs = stream();
            cs.moveTo(points[0], points[1]);
            for (int i = 2; i < points.length; i += 2) {
                cs.lineTo(points[i], points[i + 1]);
            }
            cs.closePath();
            if (fill != null) {
                cs.setNonStrokingColor(fill);
            }
            if (stroke != null) {
                cs.setStrokingColor(stroke);
                cs.setLineWidth(lineWidth);
            }
            if (fill != null && stroke != null) {
                cs.fillAndStroke();
            } else if (fill != null) {
                cs.fill();
            } else {
                cs.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }

    @Override
    public void close() {
        closeStream();
    }
}
