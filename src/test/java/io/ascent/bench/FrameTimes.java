package io.ascent.bench;

import io.ascent.app.Main;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Window;

/**
 * What a user sees while using the window, as frame times (the time between two pulses, each of
 * which lays out and draws what changed): Ascent started on a database, then the milestone list
 * of its plan, every group open, scrolled 40 pixels a frame from top to bottom and back, then the
 * six pages switched one after the other, each switch timed from the click to the second frame
 * after it (the first frame that can show it). Run as its own JVM by {@link RegionCaching}:
 * {@code FrameTimes --db FILE} prints {@code SCROLL ms...} and {@code SWITCH ms...}, then exits.
 */
public final class FrameTimes {

    private static final String[] PAGES = {"milestones", "assessment", "history", "framework", "plan", "dashboard"};

    private FrameTimes() {}

    public static void main(String[] args) throws Exception {
        Thread app = new Thread(() -> Main.main(args), "app");
        app.setDaemon(true);
        app.start();
        waitFor(() ->
                node("#dashboardPercent") != null && !text("#dashboardPercent").isEmpty());
        onFx(() -> fire("#nav-milestones"));
        waitFor(() -> node("#milestoneTree") != null);
        onFx(() -> expandAll(((TreeView<?>) node("#milestoneTree")).getRoot()));
        List<Double> scroll = scroll();
        List<Double> switches = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String page : PAGES) {
                switches.add(switchTo(page));
            }
        }
        System.out.println("SCROLL " + join(scroll));
        System.out.println("SWITCH " + join(switches));
        System.out.flush();
        System.exit(0);
    }

    /** Pulse-to-pulse times while the list scrolls down to its end and back up. */
    private static List<Double> scroll() throws Exception {
        CompletableFuture<List<Double>> frames = new CompletableFuture<>();
        onFx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) node("#milestoneTree").lookup(".virtual-flow");
            new AnimationTimer() {
                private final List<Double> times = new ArrayList<>();
                private long last;
                private double step = 40;
                private int turns;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        times.add((now - last) / 1e6);
                    }
                    last = now;
                    double moved = flow.scrollPixels(step);
                    if (moved == 0 && ++turns == 2) {
                        stop();
                        frames.complete(times);
                    } else if (moved == 0) {
                        step = -step;
                    }
                }
            }.start();
        });
        return frames.get(5, TimeUnit.MINUTES);
    }

    /** From the click on a page's button to the second pulse after it. */
    private static double switchTo(String page) throws Exception {
        CompletableFuture<Double> time = new CompletableFuture<>();
        onFx(() -> {
            long start = System.nanoTime();
            fire("#nav-" + page);
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) {
                        stop();
                        time.complete((System.nanoTime() - start) / 1e6);
                    }
                }
            }.start();
        });
        double millis = time.get(1, TimeUnit.MINUTES);
        Thread.sleep(300);
        return millis;
    }

    private static void expandAll(TreeItem<?> item) {
        item.setExpanded(true);
        item.getChildren().forEach(FrameTimes::expandAll);
    }

    private static void fire(String id) {
        ((ButtonBase) node(id)).fire();
    }

    /** The node with {@code id} in a showing window, or null; on the JavaFX thread. */
    static Node node(String id) {
        return Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene().lookup(id))
                .filter(n -> n != null)
                .findFirst()
                .orElse(null);
    }

    /** The text of the label with {@code id} in a showing window, or empty; on the JavaFX thread. */
    static String text(String id) {
        return node(id) instanceof Label label ? label.getText() : "";
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(1, TimeUnit.MINUTES);
    }

    /** Polls {@code condition} on the JavaFX thread (once the toolkit runs) until it holds. */
    private static void waitFor(BooleanSupplier condition) throws Exception {
        Instant end = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(end)) {
            CompletableFuture<Boolean> holds = new CompletableFuture<>();
            try {
                Platform.runLater(() -> holds.complete(condition.getAsBoolean()));
                if (holds.get(10, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (IllegalStateException toolkitNotYetRunning) {
                // Application.launch has not started the toolkit yet.
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the window did not get there in two minutes");
    }

    private static String join(List<Double> values) {
        return String.join(
                " ",
                values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
    }
}
