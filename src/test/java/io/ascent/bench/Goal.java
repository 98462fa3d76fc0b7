package io.ascent.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** What a figure must reach: an upper bound on its value, on its ratio to the baseline, or both. */
public record Goal(OptionalDouble maxValue, OptionalDouble maxRatio) {

    public static Goal atMost(double value) {
        return new Goal(OptionalDouble.of(value), OptionalDouble.empty());
    }

    /** No goal: the figure explains others (e.g. CPU time beside wall time). */
    public static Goal none() {
        return new Goal(OptionalDouble.empty(), OptionalDouble.empty());
    }

    public boolean isNone() {
        return maxValue.isEmpty() && maxRatio.isEmpty();
    }

    public static Goal ratioAtMost(double ratio) {
        return new Goal(OptionalDouble.empty(), OptionalDouble.of(ratio));
    }

    public Goal andRatioAtMost(double ratio) {
        return new Goal(maxValue, OptionalDouble.of(ratio));
    }

    /** A ratio goal without a measured ratio is not met: a missing baseline must not look good. */
    public boolean isMetBy(double value, OptionalDouble ratio) {
        boolean valueOk = maxValue.isEmpty() || value <= maxValue.getAsDouble();
        boolean ratioOk = maxRatio.isEmpty() || ratio.isPresent() && ratio.getAsDouble() <= maxRatio.getAsDouble();
        return valueOk && ratioOk;
    }

    public String describe(String unit) {
        List<String> parts = new ArrayList<>();
        maxValue.ifPresent(v -> parts.add("<= " + Figure.number(v) + " " + unit));
        maxRatio.ifPresent(r -> parts.add("ratio <= " + String.format(Locale.ROOT, "%.1f", r)));
        return parts.isEmpty() ? "none (diagnostic)" : String.join(", ", parts);
    }
}
