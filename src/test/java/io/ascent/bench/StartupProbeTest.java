package io.ascent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.app.StartupProbe;
import io.ascent.ui.RunningApp;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up figure stops at READY: it must not come before the first screen shows what the
 * user waits for, here the dashboard recomputed with the plan's ratings (a second refresh,
 * queued only once the ratings have been read).
 */
class StartupProbeTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    @Test
    void readyComesAfterTheDashboardShowsTheFiguresOfTheRatedPlan() throws Exception {
        Path database = StartupDatabase.rebuild(
                dir.resolve("startup.db"), FrameworkGenerator.generate(FrameworkGenerator.TYPICAL), Instant.now());
        AtomicReference<String> estimateAtReady = new AtomicReference<>();
        AtomicReference<String> readinessAtReady = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(1);
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()) {
            @Override
            public void println(String line) {
                if (line.startsWith("READY ")) {
                    // The probe prints on the JavaFX thread: this is the scene as drawn at READY.
                    estimateAtReady.set(FrameTimes.text("#dashboardEstimate"));
                    readinessAtReady.set(FrameTimes.text("#dashboardReadiness"));
                    ready.countDown();
                }
            }
        });
        System.setProperty(StartupProbe.PROPERTY, "true");
        try {
            running.start(() -> new AscentApp(database));
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("READY printed").isTrue();
        } finally {
            System.clearProperty(StartupProbe.PROPERTY);
            System.setOut(out);
        }

        // 25 competencies apply to the plan, every one rated; 45% of its 300 milestones done (StartupDatabase).
        assertThat(readinessAtReady.get()).startsWith("135 of 300 required milestones done");
        assertThat(estimateAtReady.get()).contains("(25 of 25 competencies rated)");
    }
}
