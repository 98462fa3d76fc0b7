package io.ascent.app;

import io.ascent.app.cli.Cli;
import java.time.Clock;
import javafx.application.Application;

/**
 * Entry point of the jar: no command opens the window, a command runs headless (see {@link Cli}).
 * Kept apart from {@link AscentApp} because a shaded jar whose main class extends
 * {@code Application} refuses to start without JavaFX on the module path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Commands never show a window; PDF fonts and page previews need no display either.
        System.setProperty("java.awt.headless", "true");
        // A library asks for an SLF4J logger; without a binding it warns on stderr, which would
        // break the command line's one-line errors. Ascent logs nothing, so silence the warning.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        boolean[] window = {false};
        int code = Cli.create(file -> AppContext.open(file, Clock.systemDefaultZone()), database -> {
            window[0] = true;
            EarlyContext.begin(LaunchOptions.parse(database).databaseOrDefault(), Clock.systemDefaultZone());
            Application.launch(AscentApp.class, database.toArray(String[]::new));
        }).execute(args);
        if (!window[0] || code != 0) {
            System.exit(code);
        }
    }
}
