package io.ascent.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Times a piece of work: runs it {@code warmUp} times untimed (JIT, caches), then {@code runs}
 * times timed with {@link System#nanoTime()} (or the clock a test gives), and keeps every sample in
 * milliseconds.
 */
public final class Timer {

    /** Work that may throw, so benchmarks need not wrap checked exceptions. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private final int warmUp;
    private final int runs;
    private final LongSupplier nanos;

    public Timer(int warmUp, int runs) {
        this(warmUp, runs, System::nanoTime);
    }

    /** Reads the time in nanoseconds from {@code nanos}: tests give a clock the work moves. */
    Timer(int warmUp, int runs, LongSupplier nanos) {
        if (warmUp < 0 || runs < 1) {
            throw new IllegalArgumentException("need at least one timed run");
        }
        this.warmUp = warmUp;
        this.runs = runs;
        this.nanos = nanos;
    }

    /**
     * Times two pieces of work turn about, so that drift (other processes, the disk cache) hits
     * both alike. Returns the samples of {@code a} and of {@code b}.
     */
    public List<Samples> alternate(Work a, Work b) {
        try {
            for (int i = 0; i < warmUp; i++) {
                a.run();
                b.run();
            }
            List<Double> first = new ArrayList<>(runs);
            List<Double> second = new ArrayList<>(runs);
            for (int i = 0; i < runs; i++) {
                first.add(time(a));
                second.add(time(b));
            }
            return List.of(new Samples(first), new Samples(second));
        } catch (Exception e) {
            throw new IllegalStateException("benchmark work failed: " + e.getMessage(), e);
        }
    }

    private double time(Work work) throws Exception {
        long start = nanos.getAsLong();
        work.run();
        return (nanos.getAsLong() - start) / 1e6;
    }

    public Samples measure(Work work) {
        try {
            for (int i = 0; i < warmUp; i++) {
                work.run();
            }
            List<Double> millis = new ArrayList<>(runs);
            for (int i = 0; i < runs; i++) {
                millis.add(time(work));
            }
            return new Samples(millis);
        } catch (Exception e) {
            throw new IllegalStateException("benchmark work failed: " + e.getMessage(), e);
        }
    }
}
