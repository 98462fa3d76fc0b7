package io.ascent.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.ui.Waits;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
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
        CountDownLatch secondMayFinish = new CountDownLatch(1);
        Platform.runLater(() -> {
            // Like the dashboard: a first read whose result queues a second computation, held
            // here until the test has seen that idle did not come before it.
            runner.run(
                    () -> "ratings",
                    first -> {
                        order.add("first shown");
                        runner.run(
                                () -> {
                                    secondMayFinish.await();
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

        Waits.until("the first result shown", () -> order.contains("first shown"));
        assertThat(order).containsExactly("first shown");
        secondMayFinish.countDown();

        Waits.until("idle", () -> idle.getCount() == 0);
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

        Waits.until("idle", () -> idle.getCount() == 0);
        assertThat(order).containsExactly("error shown", "idle");
    }

    @Test
    void withNothingQueuedIdleIsAtOnce() throws Exception {
        CountDownLatch idle = new CountDownLatch(1);
        Platform.runLater(() -> runner.whenIdle(idle::countDown));

        Waits.until("idle", () -> idle.getCount() == 0);
    }
}
