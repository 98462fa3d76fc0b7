package io.ascent.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs file and database work off the JavaFX thread and hands the result back on it. Work runs
 * in submission order, so saves never overtake each other. Tests use a same-thread runner.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs {@code action} once every piece of work handed out so far, and whatever their results
     * handed out in turn, has run and been handed back; at once if there is none. Called on the
     * thread results arrive on. The start-up probe waits for it (bench/run); a runner that works
     * on the caller's thread is always idle.
     */
    default void whenIdle(Runnable action) {
        action.run();
    }

    /** Runs {@code work} for its effect only. */
    default void run(Runnable work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        run(
                () -> {
                    work.run();
                    return null;
                },
                ignored -> onSuccess.run(),
                onFailure);
    }
}
