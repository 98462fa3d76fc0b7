package io.ascent.app;

import java.time.Clock;
import java.util.List;
import javafx.application.Application;

/**
 * Entry point of the jar. Kept apart from {@link AscentApp} because a shaded jar whose main
 * class extends {@code Application} refuses to start without JavaFX on the module path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        List<String> list = List.of(args);
        if (list.contains("--help") || list.contains("-h")) {
            System.out.println("""
                    Usage: ascent [--db PATH] [--lang TAG]

                    Opens Ascent, the career planner for product managers.
                      --db PATH   use this database file instead of the default
                                  (%s)
                      --lang TAG  language of the window: en, es or zh-CN
                                  (default: the system's language)""".formatted(AppPaths.defaultDatabase()));
            return;
        }
        LaunchOptions options = null;
        try {
            options = LaunchOptions.parse(list);
        } catch (IllegalArgumentException e) {
            System.err.println("ascent: " + e.getMessage());
            System.exit(2);
        }
        EarlyContext.begin(options.databaseOrDefault(), Clock.systemDefaultZone());
        Application.launch(AscentApp.class, args);
    }
}
