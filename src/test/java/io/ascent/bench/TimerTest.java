package io.ascent.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TimerTest {

    @Test
    void measuresAKnownSleepWithinTolerance() {
        Samples samples = new Timer(1, 5).measure(() -> Thread.sleep(20));

        // A sleep never ends early; a loaded machine (this one is shared) may wake it late, but the
        // median of five does not double.
        assertThat(samples.min()).isGreaterThanOrEqualTo(19.9);
        assertThat(samples.median()).isBetween(19.9, 40.0);
    }

    @Test
    void runsTheWarmUpUntimedAndKeepsOneSamplePerRun() {
        AtomicInteger calls = new AtomicInteger();

        Samples samples = new Timer(3, 4).measure(calls::incrementAndGet);

        assertThat(calls).hasValue(7);
        assertThat(samples.count()).isEqualTo(4);
    }

    @Test
    void alternatingTellsTheSlowWorkFromTheFastOne() {
        List<Samples> samples = new Timer(1, 5).alternate(() -> Thread.sleep(30), () -> Thread.sleep(2));

        assertThat(samples.get(0).median()).isGreaterThanOrEqualTo(29.9);
        assertThat(samples.get(1).median())
                .isGreaterThanOrEqualTo(1.9)
                .isLessThan(samples.get(0).median());
    }

    @Test
    void failingWorkStopsTheBenchmarkInsteadOfReportingATime() {
        assertThatThrownBy(() -> new Timer(0, 3).measure(() -> {
                    throw new IOException("disk gone");
                }))
                .hasMessageContaining("disk gone");
    }
}
