package io.ascent.domain;

import static io.ascent.domain.Checks.requireLength;

import java.util.ArrayList;
import java.util.List;

/**
 * What a win changed, as the user claims it: a metric, its value before and after, and the
 * user's share in it ("led", "contributed"). Every part is optional; an empty string means "not
 * said". Values are text, not numbers, because people write "4.2%", "$1.3M" or "two weeks".
 */
public record Impact(String metric, String before, String after, String share) {

    public static final int MAX_METRIC = 200;
    public static final int MAX_VALUE = 100;
    public static final Impact NONE = new Impact("", "", "", "");

    public Impact {
        metric = clean(metric, MAX_METRIC, "domain.what.winMetric", "input.field.winMetric");
        before = clean(before, MAX_VALUE, "domain.what.winBefore", "input.field.winBefore");
        after = clean(after, MAX_VALUE, "domain.what.winAfter", "input.field.winAfter");
        share = clean(share, MAX_VALUE, "domain.what.winShare", "input.field.winShare");
    }

    /** Each part is one line read as seen: no invisible characters ({@link VisibleText}). */
    private static String clean(String value, int max, String whatKey, String fieldKey) {
        String text = value == null ? "" : value.strip();
        return VisibleText.require(InputRules.requireStorable(requireLength(text, max, whatKey), fieldKey), fieldKey);
    }

    /** True when the win claims a result: a metric or a value after it. */
    public boolean claimsResult() {
        return !metric.isEmpty() || !after.isEmpty();
    }

    /** The parts of an impact a claim can lack, in the order people write them. */
    public enum Part {
        METRIC,
        BEFORE,
        AFTER
    }

    /** True when a claimed result lacks the metric it moved, the value it started from or the one it came to. */
    public boolean lacksBaselineOrMetric() {
        return !missing().isEmpty();
    }

    /** What a claimed result lacks (metric, value before, value after); empty when it claims none or lacks nothing. */
    public List<Part> missing() {
        if (!claimsResult()) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        if (metric.isEmpty()) {
            parts.add(Part.METRIC);
        }
        if (before.isEmpty()) {
            parts.add(Part.BEFORE);
        }
        if (after.isEmpty()) {
            parts.add(Part.AFTER);
        }
        return List.copyOf(parts);
    }

    /**
     * How much of a case this impact makes, for "most impactful first": one point each for the
     * metric, the baseline, the result and the user's share. A measured change outranks a claim.
     */
    public int weight() {
        return (metric.isEmpty() ? 0 : 1)
                + (before.isEmpty() ? 0 : 1)
                + (after.isEmpty() ? 0 : 1)
                + (share.isEmpty() ? 0 : 1);
    }

    public boolean isEmpty() {
        return weight() == 0;
    }
}
