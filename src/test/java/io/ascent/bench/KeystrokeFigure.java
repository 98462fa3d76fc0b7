package io.ascent.bench;

import io.ascent.app.boot.AppContext;
import io.ascent.ui.RecordingDialogs;
import io.ascent.ui.SameThreadTaskRunner;
import io.ascent.ui.milestones.MilestoneDetailsViewModel;
import io.ascent.ui.milestones.MilestonesView;
import io.ascent.ui.milestones.MilestonesViewModel;
import io.ascent.ui.milestones.OwnMilestoneCommands;
import io.ascent.ui.session.ConflictPrompt;
import io.ascent.ui.session.EditHistory;
import io.ascent.ui.session.OwnMilestoneEdits;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.ProgressEdits;
import io.ascent.ui.session.StatusLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * One more character typed into the milestone list's search, as the user waits for it: the view
 * model filters the plan's milestones, rebuilds the tree, and the list is styled and laid out
 * again (its visible cells updated). The real {@link MilestonesView} in a window of Ascent's size,
 * on the headless toolkit; the frame's painting is not included.
 */
final class KeystrokeFigure {

    /** Matches fewer milestones with each keystroke, down to the 50 of one competency. */
    static final String TYPED = "competency 42 and";

    private KeystrokeFigure() {}

    /** One sample per keystroke of {@link #TYPED}, {@code rounds} times after {@code warmUp} untimed rounds. */
    static Samples measure(AppContext context, long planId, int warmUp, int rounds) {
        return onFxThread(() -> typeOnFxThread(context, planId, warmUp, rounds));
    }

    /** Runs {@code figure} on the JavaFX thread of the headless toolkit (started once) and waits for it. */
    static Samples onFxThread(Supplier<Samples> figure) {
        startToolkit();
        CompletableFuture<Samples> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(figure.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("the keystroke figure failed: " + e.getMessage(), e);
        }
    }

    private static Samples typeOnFxThread(AppContext context, long planId, int warmUp, int rounds) {
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        StatusLine status = new StatusLine();
        PlanSession session = new PlanSession(context.plans(), runner, status);
        EditHistory history = new EditHistory(session, runner, status);
        RecordingDialogs dialogs = new RecordingDialogs();
        ProgressEdits edits =
                new ProgressEdits(session, context.plans(), runner, status, history, new ConflictPrompt(dialogs));
        MilestonesView view = new MilestonesView(
                new MilestonesViewModel(session, edits),
                new MilestoneDetailsViewModel(session, edits, dialogs),
                new OwnMilestoneCommands(
                        session,
                        new OwnMilestoneEdits(session, context.ownMilestones(), runner, status, history),
                        dialogs));
        Stage stage = new Stage();
        stage.setScene(new Scene(view, 1120, 760));
        stage.show();
        session.load(Optional.of(planId));
        Parent root = stage.getScene().getRoot();
        TextField search = (TextField) root.lookup("#milestoneSearch");
        if (session.current().isEmpty() || search == null) {
            throw new IllegalStateException("the milestone list did not open plan " + planId);
        }
        Samples samples = typeEach(search, root, TYPED, warmUp, rounds);
        stage.close();
        return samples;
    }

    /**
     * Types each prefix of {@code typed} into {@code search} after the one before it, CSS and layout
     * included: one sample per keystroke, {@code rounds} times after {@code warmUp} untimed rounds.
     */
    static Samples typeEach(TextField search, Parent root, String typed, int warmUp, int rounds) {
        List<Double> samples = new ArrayList<>();
        for (int round = 0; round < warmUp + rounds; round++) {
            for (int length = 1; length <= typed.length(); length++) {
                type(search, root, typed.substring(0, length - 1));
                long start = System.nanoTime();
                type(search, root, typed.substring(0, length));
                double millis = (System.nanoTime() - start) / 1e6;
                if (round >= warmUp) {
                    samples.add(millis);
                }
            }
        }
        return new Samples(samples);
    }

    private static void type(TextField search, Parent root, String text) {
        search.setText(text);
        root.applyCss();
        root.layout();
    }

    // Held, so the level set on it stays: JavaFX on the class path warns at every start, as the
    // java -jar app does; the benchmark's own toolkit need not say so among the figures.
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    /** The headless toolkit the UI tests use, in this JVM, once. */
    static void startToolkit() {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        started.join();
    }
}
