package io.ascent.ui.common;

import io.ascent.text.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** The app's one background worker: a single daemon thread running {@link Task}s in order. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ascent-worker");
        thread.setDaemon(true);
        return thread;
    });

    // Work handed out whose result has not been handed back yet, and what waits for there to be none.
    private final AtomicInteger pending = new AtomicInteger();
    private final List<Runnable> idle = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        pending.incrementAndGet();
        task.setOnSucceeded(e -> handBack(() -> onSuccess.accept(task.getValue())));
        task.setOnFailed(e -> handBack(() -> onFailure.accept(task.getException())));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            handBack(() -> onFailure.accept(new IllegalStateException(I18n.t("worker.closing"), e)));
        }
    }

    /** Runs a result handler; work it hands out in turn is counted before this piece is done. */
    private void handBack(Runnable handler) {
        try {
            handler.run();
        } finally {
            if (pending.decrementAndGet() == 0 && !idle.isEmpty()) {
                List<Runnable> waiting = List.copyOf(idle);
                idle.clear();
                waiting.forEach(Runnable::run);
            }
        }
    }

    /** On the JavaFX thread: {@code action} runs once no work is queued, running or waiting to be shown. */
    @Override
    public void whenIdle(Runnable action) {
        if (pending.get() == 0) {
            action.run();
        } else {
            idle.add(action);
        }
    }

    /** Lets queued saves finish, then stops the worker. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
