package io.ascent.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one figure, in whatever unit they were taken. */
public record Samples(List<Double> values) {

    public Samples {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        values = List.copyOf(values);
    }

    public static Samples of(double... values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return new Samples(list);
    }

    /** The middle value; for an even count, the mean of the two middle values. */
    public double median() {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    public double min() {
        return Collections.min(values);
    }

    public double max() {
        return Collections.max(values);
    }

    public int count() {
        return values.size();
    }
}
