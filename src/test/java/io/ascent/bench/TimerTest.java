package io.ascent.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The timer on a clock that only the work moves, so every figure is known exactly: the wall clock
 * of a shared machine would make these tests pass or fail by chance (speed goals are bench/run's).
 */
class TimerTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private Timer.Work taking(double millis) {
        return () -> nanos.addAndGet(Math.round(millis * 1e6));
    }

    @Test
    void eachSampleIsTheTimeItsRunTookInMilliseconds() {
        AtomicInteger run = new AtomicInteger();

        Samples samples = new Timer(0, 5, nanos::get)
                .measure(() -> taking(10 + run.getAndIncrement() * 2.5).run());

        assertThat(samples.values()).containsExactly(10.0, 12.5, 15.0, 17.5, 20.0);
    }

    @Test
    void theWarmUpRunsAreNotTimed() {
        AtomicInteger run = new AtomicInteger();

        // The three warm-up runs take 100 ms each, the timed ones 4 ms.
        Samples samples = new Timer(3, 4, nanos::get)
                .measure(() -> taking(run.getAndIncrement() < 3 ? 100 : 4).run());

        assertThat(run).hasValue(7);
        assertThat(samples.values()).containsExactly(4.0, 4.0, 4.0, 4.0);
    }

    @Test
    void alternatingTimesEachWorkOnItsOwnTurnAbout() {
        List<String> order = new ArrayList<>();
        Timer.Work slow = () -> {
            order.add("a");
            taking(30).run();
        };
        Timer.Work fast = () -> {
            order.add("b");
            taking(2).run();
        };

        List<Samples> samples = new Timer(1, 3, nanos::get).alternate(slow, fast);

        assertThat(order).containsExactly("a", "b", "a", "b", "a", "b", "a", "b");
        assertThat(samples.get(0).values()).containsExactly(30.0, 30.0, 30.0);
        assertThat(samples.get(1).values()).containsExactly(2.0, 2.0, 2.0);
    }

    @Test
    void theSystemClockTimesRealWork() {
        // Only what no load can break: a sleep never ends early.
        Samples samples = new Timer(0, 3).measure(() -> Thread.sleep(5));

        assertThat(samples.min()).isGreaterThanOrEqualTo(4.9);
    }

    @Test
    void failingWorkStopsTheBenchmarkInsteadOfReportingATime() {
        assertThatThrownBy(() -> new Timer(0, 3).measure(() -> {
                    throw new IOException("disk gone");
                }))
                .hasMessageContaining("disk gone");
    }
}
