package io.ascent.ui.dashboard;

import io.ascent.domain.text.SpokeLabel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A radar chart of current versus target level per competency, drawn on a {@link Canvas}
 * because JavaFX has none. Redraws only when its data or its size changes.
 */
public class RadarChart extends Region {

    /** One spoke: a competency's name (whole; the chart shortens it), its current and its target step (1 = lowest level). */
    public record Axis(String label, int current, int target) {}

    private static final StyleablePropertyFactory<RadarChart> STYLE =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    /** Room for the spoke labels beside (wide) and above/below (two lines) the chart. */
    private static final double LABEL_WIDTH = 118;

    private static final double LABEL_HEIGHT = 34;

    private static final Font LABEL_FONT = Font.font(10.5);
    private static final double LINE_HEIGHT = 13;

    private final Canvas canvas = new Canvas();
    private final List<Bounds> labelBoxes = new ArrayList<>();
    private final Tooltip tip = new Tooltip();
    private boolean tipInstalled;
    private List<Axis> axes = List.of();
    private int steps = 1;
    private int redraws;

    // Colours come from CSS (-radar-grid, ...) so the chart follows the light and dark themes.
    private final StyleableProperty<Color> gridColor = STYLE.createStyleableColorProperty(
            this, "gridColor", "-radar-grid", c -> c.gridColor, Color.web("#e5e7eb"));
    private final StyleableProperty<Color> textColor = STYLE.createStyleableColorProperty(
            this, "textColor", "-radar-text", c -> c.textColor, Color.web("#6b7280"));
    private final StyleableProperty<Color> currentColor = STYLE.createStyleableColorProperty(
            this, "currentColor", "-radar-current", c -> c.currentColor, Color.web("#4f46e5"));
    private final StyleableProperty<Color> targetColor = STYLE.createStyleableColorProperty(
            this, "targetColor", "-radar-target", c -> c.targetColor, Color.web("#15803d"));

    public RadarChart() {
        getStyleClass().add("radar-chart");
        getChildren().add(canvas);
        setMinSize(200, 200);
        setPrefSize(480, 330);
        setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        for (StyleableProperty<Color> colour : List.of(gridColor, textColor, currentColor, targetColor)) {
            ((ObservableValue<?>) colour).addListener((obs, old, now) -> draw());
        }
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return STYLE.getCssMetaData();
    }

    /** Shows {@code newAxes} on a scale of {@code newSteps} rings (the number of levels). */
    public void setData(List<Axis> newAxes, int newSteps) {
        if (newAxes.equals(axes) && newSteps == steps) {
            return;
        }
        axes = List.copyOf(newAxes);
        steps = Math.max(1, newSteps);
        draw();
    }

    public List<Axis> axes() {
        return axes;
    }

    /** How often the chart was drawn; lets tests check it is not redrawn needlessly. */
    int redraws() {
        return redraws;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    private void draw() {
        redraws++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        int n = axes.size();
        if (n < 3 || w < 50 || h < 50) {
            return;
        }
        double cx = w / 2;
        double cy = h / 2;
        double radius = Math.max(10, Math.min(w / 2 - LABEL_WIDTH, h / 2 - LABEL_HEIGHT));
        g.setLineWidth(1);
        g.setStroke(gridColor.getValue());
        for (int ring = 1; ring <= steps; ring++) {
            ring(g, cx, cy, radius * ring / steps);
        }
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            g.strokeLine(cx, cy, cx + radius * Math.cos(a), cy + radius * Math.sin(a));
        }
        shape(g, cx, cy, radius, true);
        shape(g, cx, cy, radius, false);
        g.setFill(textColor.getValue());
        g.setFont(LABEL_FONT);
        g.setTextBaseline(VPos.CENTER);
        labelBoxes.clear();
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            double x = cx + (radius + 10) * Math.cos(a);
            double y = cy + (radius + 10) * Math.sin(a);
            double cos = Math.cos(a);
            double sin = Math.sin(a);
            List<String> lines = SpokeLabel.lines(axes.get(i).label());
            // Two lines sit around the spoke's end; at the top they grow upwards, at the bottom downwards.
            double block = LINE_HEIGHT * (lines.size() - 1);
            double first = sin < -0.5 ? y - block : sin > 0.5 ? y : y - block / 2;
            g.setTextAlign(
                    Math.abs(cos) < 0.2 ? TextAlignment.CENTER : cos > 0 ? TextAlignment.LEFT : TextAlignment.RIGHT);
            for (int line = 0; line < lines.size(); line++) {
                g.fillText(lines.get(line), x, first + line * LINE_HEIGHT);
            }
            double left = Math.abs(cos) < 0.2 ? x - LABEL_WIDTH / 2 : cos > 0 ? x : x - LABEL_WIDTH;
            labelBoxes.add(new BoundingBox(left, first - LINE_HEIGHT / 2, LABEL_WIDTH, block + LINE_HEIGHT));
        }
    }

    /** The full name of the competency whose label is under the mouse, in the tooltip. */
    private void hover(double x, double y) {
        for (int i = 0; i < labelBoxes.size() && i < axes.size(); i++) {
            if (labelBoxes.get(i).contains(x, y)) {
                Axis axis = axes.get(i);
                tip.setText(axis.label());
                if (!tipInstalled) {
                    Tooltip.install(this, tip);
                    tipInstalled = true;
                }
                return;
            }
        }
        if (tipInstalled) {
            Tooltip.uninstall(this, tip);
            tipInstalled = false;
        }
    }

    private void shape(GraphicsContext g, double cx, double cy, double radius, boolean target) {
        int n = axes.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            Axis axis = axes.get(i);
            double r = radius * (target ? axis.target() : axis.current()) / steps;
            xs[i] = cx + r * Math.cos(angle(i, n));
            ys[i] = cy + r * Math.sin(angle(i, n));
        }
        Color color = target ? targetColor.getValue() : currentColor.getValue();
        g.setLineWidth(target ? 1.5 : 2);
        g.setStroke(color);
        if (target) {
            g.setLineDashes(6, 4);
            g.strokePolygon(xs, ys, n);
            g.setLineDashes(null);
        } else {
            g.setFill(color.deriveColor(0, 1, 1, 0.22));
            g.fillPolygon(xs, ys, n);
            g.strokePolygon(xs, ys, n);
        }
    }

    private void ring(GraphicsContext g, double cx, double cy, double r) {
        int n = axes.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = cx + r * Math.cos(angle(i, n));
            ys[i] = cy + r * Math.sin(angle(i, n));
        }
        g.strokePolygon(xs, ys, n);
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }
}
