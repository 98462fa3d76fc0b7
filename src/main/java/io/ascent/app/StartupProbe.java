package io.ascent.app;

import io.ascent.domain.PlanSnapshot;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.PlanSession;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Lets the benchmark (bench/run) time start-up from outside the process: with
 * {@code -Dascent.bench.startup=true} the app prints {@code READY <epoch microseconds>} once the
 * first plan has been drawn. Without the property it does nothing.
 */
public final class StartupProbe {

    public static final String PROPERTY = "ascent.bench.startup";

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
                    // Work the landing page queued for this plan runs before this no-op (one worker, in order).
                    runner.run(() -> {}, StartupProbe::printAfterFrame, e -> printAfterFrame());
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
                }
            }
        }.start();
    }
}
