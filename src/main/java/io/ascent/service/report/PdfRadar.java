package io.ascent.service.report;

import static io.ascent.service.report.PdfStyle.ACCENT;
import static io.ascent.service.report.PdfStyle.ACCENT_PALE;
import static io.ascent.service.report.PdfStyle.BORDER;
import static io.ascent.service.report.PdfStyle.MUTED;
import static io.ascent.service.report.PdfStyle.TEXT;

import io.ascent.domain.text.SpokeLabel;
import io.ascent.service.report.PlanReport.RadarAxis;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * The radar chart drawn with lines and polygons: one spoke per competency, a ring per level,
 * the target level as an outline and the current levels as a filled shape, as on the dashboard.
 */
final class PdfRadar {

    private static final Color TARGET_FILL = new Color(0xf5f3ff);
    private static final float LABEL_SIZE = 7f;

    private PdfRadar() {}

    /** Draws the chart centred at ({@code cx}, {@code cy}) with spokes {@code radius} long. */
    static void draw(PdfLayout layout, List<RadarAxis> axes, int steps, float cx, float cy, float radius) {
        if (axes.size() < 3 || steps < 1) {
            return;
        }
        for (int ring = 1; ring <= steps; ring++) {
            layout.polygon(points(axes.size(), cx, cy, radius * ring / steps, i -> 1f), null, BORDER, 0.5f);
        }
        for (int i = 0; i < axes.size(); i++) {
            double angle = angle(i, axes.size());
            layout.line(
                    cx,
                    cy,
                    cx + (float) (radius * Math.cos(angle)),
                    cy + (float) (radius * Math.sin(angle)),
                    BORDER,
                    0.5f);
        }
        float[] target = points(axes.size(), cx, cy, radius, i -> axes.get(i).target() / (float) steps);
        float[] current = points(axes.size(), cx, cy, radius, i -> axes.get(i).current() / (float) steps);
        layout.polygon(target, TARGET_FILL, ACCENT_PALE, 1.2f);
        translucent(layout, 0.35f);
        layout.polygon(current, ACCENT, null, 0);
        translucent(layout, 1f);
        layout.polygon(current, null, ACCENT, 1.4f);
        labels(layout, axes, cx, cy, radius + 8);
    }

    /** The legend's sample of the current-level shape, in the same colours. */
    static void swatch(PdfLayout layout, float x, float y, float w, float h) {
        translucent(layout, 0.35f);
        layout.fillRect(x, y, w, h, ACCENT);
        translucent(layout, 1f);
        layout.strokeRect(x, y, w, h, ACCENT, 1f);
    }

    private static void labels(PdfLayout layout, List<RadarAxis> axes, float cx, float cy, float distance) {
        PdfFonts fonts = layout.fonts;
        float lineHeight = LABEL_SIZE * 1.15f;
        for (int i = 0; i < axes.size(); i++) {
            double angle = angle(i, axes.size());
            List<String> lines = SpokeLabel.lines(axes.get(i).label());
            float x = cx + (float) (distance * Math.cos(angle));
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            // Two lines sit around the spoke's end; at the top they grow upwards, at the bottom downwards.
            float block = lineHeight * (lines.size() - 1);
            float firstBaseline =
                    cy + (float) (distance * sin) - LABEL_SIZE / 3 + (sin > 0.5 ? block : sin < -0.5 ? 0 : block / 2);
            for (int line = 0; line < lines.size(); line++) {
                String label = fonts.printable(fonts.regular, lines.get(line));
                float width = fonts.width(fonts.regular, LABEL_SIZE, label);
                // Labels on the left end at the spoke, on the right start at it, at the top and bottom centre on it.
                float left = Math.abs(cos) < 0.2 ? x - width / 2 : cos < 0 ? x - width : x;
                layout.write(
                        label,
                        fonts.regular,
                        LABEL_SIZE,
                        Math.abs(cos) < 0.2 ? TEXT : MUTED,
                        left,
                        firstBaseline - line * lineHeight);
            }
        }
    }

    private static double angle(int i, int count) {
        return Math.PI / 2 - 2 * Math.PI * i / count;
    }

    private interface Share {
        float of(int axis);
    }

    private static float[] points(int count, float cx, float cy, float radius, Share share) {
        float[] points = new float[count * 2];
        for (int i = 0; i < count; i++) {
            double angle = angle(i, count);
            float r = radius * Math.max(0, Math.min(1, share.of(i)));
            points[2 * i] = cx + (float) (r * Math.cos(angle));
            points[2 * i + 1] = cy + (float) (r * Math.sin(angle));
        }
        return points;
    }

    private static void translucent(PdfLayout layout, float alpha) {
        PDExtendedGraphicsState state = new PDExtendedGraphicsState();
        state.setNonStrokingAlphaConstant(alpha);
        try {
            layout.stream().setGraphicsStateParameters(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
