package io.ascent.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The options the window understands: {@code --db PATH} (or {@code --db=PATH}). */
public record LaunchOptions(Optional<Path> database) {

    public static LaunchOptions parse(List<String> args) {
        Optional<Path> db = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--db needs a file path, e.g. --db ~/plans.db");
                }
                db = Optional.of(Path.of(args.get(++i)));
            } else if (arg.startsWith("--db=")) {
                db = Optional.of(Path.of(arg.substring("--db=".length())));
            } else {
                throw new IllegalArgumentException("Unknown option: " + arg + " (try --help)");
            }
        }
        return new LaunchOptions(db);
    }

    public Path databaseOrDefault() {
        return database.orElseGet(AppPaths::defaultDatabase);
    }
}
