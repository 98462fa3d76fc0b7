package io.ascent.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The options the window understands: {@code --db PATH} (or {@code --db=PATH}) and
 * {@code --lang TAG} (e.g. {@code zh-CN}, {@code es}; default: the system's language).
 */
public record LaunchOptions(Optional<Path> database, Optional<Locale> language) {

    public static LaunchOptions parse(List<String> args) {
        Optional<Path> db = Optional.empty();
        Optional<Locale> lang = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--db needs a file path, e.g. --db ~/plans.db");
                }
                db = Optional.of(Path.of(args.get(++i)));
            } else if (arg.startsWith("--db=")) {
                db = Optional.of(Path.of(arg.substring("--db=".length())));
            } else if (arg.equals("--lang") || arg.startsWith("--lang=")) {
                String tag = arg.startsWith("--lang=") ? arg.substring("--lang=".length())
                        : (i + 1 < args.size() ? args.get(++i) : "");
                lang = Optional.of(language(tag));
            } else {
                throw new IllegalArgumentException("Unknown option: " + arg + " (try --help)");
            }
        }
        return new LaunchOptions(db, lang);
    }

    private static Locale language(String tag) {
        Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
        if (tag.isBlank() || locale.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("--lang needs a language, e.g. --lang es or --lang zh-CN");
        }
        return locale;
    }

    public Path databaseOrDefault() {
        return database.orElseGet(AppPaths::defaultDatabase);
    }
}
