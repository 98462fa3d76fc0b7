package io.ascent.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The worker's idle signal, which the start-up probe waits for before it stops the clock. */
class FxTaskRunnerTest {

    private final FxTaskRunner runner = new FxTaskRunner();
    private final List<String> order = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void idleWaitsForTheWorkThatAResultHandsOutInTurn() throws Exception {
        CountDownLatch idle = new CountDownLatch(1);
        Platform.runLater(() -> {
            // Like the dashboard: a first read whose result queues a slower second computation.
            runner.run(
                    () -> "ratings",
                    first -> {
                        order.add("first shown");
                        runner.run(
                                () -> {
                                    Thread.sleep(300);
                                    return "figures";
                                },
                                second -> order.add("second shown"),
                                e -> order.add("failed"));
                    },
                    e -> order.add("failed"));
            runner.whenIdle(() -> {
                order.add("idle");
                idle.countDown();
            });
        });

        assertThat(idle.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly("first shown", "second shown", "idle");
    }

    @Test
    void aFailedPieceOfWorkCountsAsHandedBack() throws Exception {
        CountDownLatch idle = new CountDownLatch(1);
        Platform.runLater(() -> {
            runner.run(
                    () -> {
                        throw new IllegalStateException("disk gone");
                    },
                    ok -> order.add("shown"),
                    e -> order.add("error shown"));
            runner.whenIdle(() -> {
                order.add("idle");
                idle.countDown();
            });
        });

        assertThat(idle.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly("error shown", "idle");
    }

    @Test
    void withNothingQueuedIdleIsAtOnce() throws Exception {
        CountDownLatch idle = new CountDownLatch(1);
        Platform.runLater(() -> runner.whenIdle(idle::countDown));

        assertThat(idle.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
