package io.ascent.ui;

import io.ascent.ui.common.TaskRunner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Queues work like the app's background worker and runs it when the test says, so tests can
 * interleave user actions with work that has not finished yet. Only exceptions go to
 * {@code onFailure}: an {@link Error} (a failed assertion) reaches the test from {@link #runNext}.
 */
public final class QueuedTaskRunner implements TaskRunner {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queue.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    /** Runs the oldest queued piece of work only. */
    public void runNext() {
        queue.poll().run();
    }

    /** Runs queued work, including work queued meanwhile, until none is left. */
    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }
}
