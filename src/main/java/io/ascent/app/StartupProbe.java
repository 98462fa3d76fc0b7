package io.ascent.app;

import io.ascent.domain.PlanSnapshot;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.PlanSession;
import java.time.Instant;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Lets the benchmark (bench/run) time start-up from outside the process: with
 * {@code -Dascent.bench.startup=true} the app prints {@code READY <epoch microseconds>} once the
 * first plan has been drawn with everything the first screen asked for (the dashboard's second
 * refresh, with the ratings and check-ins, included). With {@code -Dascent.bench.close=true} it
 * then closes its window as a user would, which ends a training run of the installer's start-up
 * cache (packaging/jpackage.sh). Without the properties it does nothing.
 */
public final class StartupProbe {

    public static final String PROPERTY = "ascent.bench.startup";
    public static final String CLOSE_PROPERTY = "ascent.bench.close";

    private StartupProbe() {}

    static void install(PlanSession session, TaskRunner runner) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        session.currentProperty().addListener(new ChangeListener<PlanSnapshot>() {
            @Override
            public void changed(ObservableValue<? extends PlanSnapshot> obs, PlanSnapshot old, PlanSnapshot view) {
                if (view != null) {
                    obs.removeListener(this);
                    // The screens queued their work for this plan before this listener ran; their
                    // results queue more (ratings loaded, then the dashboard recomputed with them).
                    runner.whenIdle(StartupProbe::printAfterFrame);
                }
            }
        });
    }

    /**
     * Prints READY once the current scene has been rendered: the first pulse from now draws it, and
     * the second pulse cannot sync the scene before that frame is finished, so the third pulse
     * starts after it is on screen.
     */
    public static void printAfterFrame() {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 3) {
                    stop();
                    Instant t = Instant.now();
                    System.out.println("READY " + (t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000));
                    System.out.flush();
                    if (Boolean.getBoolean(CLOSE_PROPERTY)) {
                        closeWindows();
                    }
                }
            }
        }.start();
    }

    /** What the window's close button does: a close request each window may refuse, then hiding it. */
    private static void closeWindows() {
        for (Window window : List.copyOf(Window.getWindows())) {
            window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
        }
    }
}
