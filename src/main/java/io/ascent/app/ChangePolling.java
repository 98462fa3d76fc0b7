package io.ascent.app;

import io.ascent.ui.session.ChangeWatch;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;

/**
 * When the window looks for changes saved elsewhere ({@link ChangeWatch}): as it gets the focus
 * (the user comes back from a terminal or another window) and every few seconds. The timer thread
 * only hands the look to the JavaFX thread, which queues it on the one worker; no animation runs,
 * so an idle window draws no frames for it.
 */
final class ChangePolling implements AutoCloseable {

    private final Stage stage;
    private final ChangeListener<Boolean> onFocus;
    private final ScheduledExecutorService timer;

    private ChangePolling(Stage stage, ChangeWatch watch) {
        this.stage = stage;
        this.onFocus = (obs, was, is) -> {
            if (is) {
                watch.check();
            }
        };
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ascent-change-poll");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts looking for {@code watch} every {@code every} (zero: only on focus);
     * {@link #close} stops it (another database opens, or the app quits).
     */
    static ChangePolling start(Stage stage, ChangeWatch watch, Duration every) {
        ChangePolling polling = new ChangePolling(stage, watch);
        stage.focusedProperty().addListener(polling.onFocus);
        long millis = every.toMillis();
        if (millis > 0) {
            polling.timer.scheduleWithFixedDelay(
                    () -> Platform.runLater(watch::check), millis, millis, TimeUnit.MILLISECONDS);
        }
        return polling;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        stage.focusedProperty().removeListener(onFocus);
    }
}
