package io.ascent.ui.milestones;

import io.ascent.ui.Waits;
import java.util.concurrent.CountDownLatch;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/**
 * The pause in typing after which evidence and notes save ({@link MilestoneDetailsViewModel#TYPING_PAUSE}),
 * for a test that must know no save is still to come: a pause as long, started now on the same
 * JavaFX clock, ends after any pause the app started before it.
 */
public final class TypingPause {

    private TypingPause() {}

    public static void passed() {
        CountDownLatch over = new CountDownLatch(1);
        Platform.runLater(() -> {
            PauseTransition pause = new PauseTransition(MilestoneDetailsViewModel.TYPING_PAUSE);
            pause.setOnFinished(e -> over.countDown());
            pause.play();
        });
        Waits.until("a typing pause to pass", () -> over.getCount() == 0);
    }
}
