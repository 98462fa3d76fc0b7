package io.ascent.bench;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One line of the benchmark's report: a median, its unit, the baseline's median when the figure
 * has one, and the goal. A figure whose code is not built yet has no value and is neither PASS
 * nor MISS.
 */
public record Figure(String name, OptionalDouble value, String unit, OptionalDouble baseline, Goal goal) {

    public enum Verdict {
        PASS,
        MISS,
        NOT_BUILT,
        INFO
    }

    public static Figure of(String name, double value, String unit, Goal goal) {
        return new Figure(name, OptionalDouble.of(value), unit, OptionalDouble.empty(), goal);
    }

    public static Figure against(String name, double value, double baseline, String unit, Goal goal) {
        return new Figure(name, OptionalDouble.of(value), unit, OptionalDouble.of(baseline), goal);
    }

    public static Figure notBuilt(String name, String unit, Goal goal) {
        return new Figure(name, OptionalDouble.empty(), unit, OptionalDouble.empty(), goal);
    }

    public OptionalDouble ratio() {
        if (value.isEmpty() || baseline.isEmpty() || baseline.getAsDouble() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value.getAsDouble() / baseline.getAsDouble());
    }

    public Verdict verdict() {
        if (value.isEmpty()) {
            return Verdict.NOT_BUILT;
        }
        if (goal.isNone()) {
            return Verdict.INFO;
        }
        return goal.isMetBy(value.getAsDouble(), ratio()) ? Verdict.PASS : Verdict.MISS;
    }

    /** {@code name value unit (ratio to baseline)  goal  PASS|MISS}, in aligned columns. */
    public String format() {
        String goalText = goal.isNone() ? "" : "goal " + goal.describe(unit);
        if (value.isEmpty()) {
            return String.format(Locale.ROOT, "%-26s %-34s %-28s %s", name, "n/a (not built yet)", goalText, "-");
        }
        String measured = number(value.getAsDouble()) + " " + unit;
        String ratioText = ratio().isPresent()
                ? String.format(
                        Locale.ROOT, "(%.2fx of %s %s)", ratio().getAsDouble(), number(baseline.getAsDouble()), unit)
                : "(no baseline)";
        return String.format(Locale.ROOT, "%-26s %10s %-23s %-28s %s", name, measured, ratioText, goalText, verdict());
    }

    /** Three significant digits at most, never scientific notation: 1234, 45.6, 0.0832. */
    static String number(double v) {
        double abs = Math.abs(v);
        String pattern = abs >= 100 || abs == Math.rint(abs) && abs >= 1
                ? "%.0f"
                : abs >= 10 ? "%.1f" : abs >= 1 ? "%.2f" : abs >= 0.1 ? "%.3f" : "%.4f";
        return String.format(Locale.ROOT, pattern, v);
    }
}
