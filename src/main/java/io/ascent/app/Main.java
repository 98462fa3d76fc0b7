package io.ascent.app;

import io.ascent.app.boot.AppContext;
import io.ascent.app.boot.LaunchOptions;
import io.ascent.app.boot.Settings;
import io.ascent.app.cli.Cli;
import io.ascent.text.I18n;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;

/**
 * Entry point of the jar: no command opens the window, a command runs headless (see {@link Cli}).
 * Kept apart from {@link AscentApp} because a shaded jar whose main class extends
 * {@code Application} refuses to start without JavaFX on the module path.
 */
public final class Main {

    /** Prism's switch for its texture cache of region backgrounds (read when the toolkit starts). */
    static final String REGION_CACHING = "prism.disableRegionCaching";

    private Main() {}

    public static void main(String[] args) {
        // Commands never show a window; PDF fonts and page previews need no display either.
        System.setProperty("java.awt.headless", "true");
        // A library asks for an SLF4J logger; without a binding it warns on stderr, which would
        // break the command line's one-line errors. Ascent logs nothing, so silence the warning.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        Optional<LaunchOptions> window = windowOnly(args);
        if (window.isPresent()) {
            // Building the command line costs picocli's reflection over every command (about 170
            // classes, a third of a second of CPU) before the window could start; plain window
            // options need none of it. Anything else, including mistakes, goes through picocli.
            launch(window.get(), List.of(args));
            return;
        }
        boolean[] launched = {false};
        int code = Cli.create((file, how) -> AppContext.open(file, Clock.systemDefaultZone(), how), database -> {
                    launched[0] = true;
                    launch(LaunchOptions.parse(database), database);
                })
                .execute(args);
        if (!launched[0] || code != 0) {
            System.exit(code);
        }
    }

    /**
     * JavaFX caches rounded backgrounds (cards, buttons) in one texture: in the software renderer,
     * used where there is no GPU, that is 8 MB of heap allocated before the first frame, for a
     * window that is mostly still (bench/run, memory.peak-rss). Without the cache each rounded
     * background is drawn when its area is repainted. A -D on the command line still wins.
     */
    static void configureRendering() {
        if (System.getProperty(REGION_CACHING) == null) {
            System.setProperty(REGION_CACHING, "true");
        }
    }

    /** The options if {@code args} only configure the window (--db, --lang), else empty. */
    static Optional<LaunchOptions> windowOnly(String[] args) {
        try {
            return Optional.of(LaunchOptions.parse(List.of(args)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void launch(LaunchOptions options, List<String> args) {
        // Before the early open: a database that cannot be opened is explained in the user's language.
        options.languageOr(Settings.forUser()).ifPresent(I18n::setLocale);
        EarlyContext.begin(options.databaseOrDefault(), Clock.systemDefaultZone());
        configureRendering();
        Application.launch(AscentApp.class, args.toArray(String[]::new));
    }
}
