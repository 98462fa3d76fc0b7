package io.ascent.app.boot;

import io.ascent.domain.InputRules;
import io.ascent.text.I18n;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The options the window understands: {@code --db PATH} (or {@code --db=PATH}),
 * {@code --lang TAG} (e.g. {@code zh-CN}, {@code es}; default: the system's language), and one
 * review request file to open ({@code *.ascent-review}, what the desktop passes when the file is
 * opened from a file manager).
 */
public record LaunchOptions(Optional<Path> database, Optional<Locale> language, Optional<Path> reviewRequest) {

    /** What a review request file's name ends with (the installer registers it with the desktop). */
    static final String REVIEW_REQUEST_SUFFIX = ".ascent-review";

    public LaunchOptions(Optional<Path> database, Optional<Locale> language) {
        this(database, language, Optional.empty());
    }

    /** The longest language tag anyone writes (zh-Hans-CN) has 10 characters. */
    static final int MAX_TAG_CHARS = 35;

    public static LaunchOptions parse(List<String> args) {
        Optional<Path> db = Optional.empty();
        Optional<Locale> lang = Optional.empty();
        Optional<Path> request = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(I18n.t("launch.dbNeedsPath"));
                }
                db = Optional.of(path(args.get(++i)));
            } else if (arg.startsWith("--db=")) {
                db = Optional.of(path(arg.substring("--db=".length())));
            } else if (arg.equals("--lang") || arg.startsWith("--lang=")) {
                String tag = arg.startsWith("--lang=")
                        ? arg.substring("--lang=".length())
                        : (i + 1 < args.size() ? args.get(++i) : "");
                lang = Optional.of(language(tag));
            } else if (request.isEmpty()
                    && !arg.startsWith("-")
                    && arg.toLowerCase(Locale.ROOT).endsWith(REVIEW_REQUEST_SUFFIX)) {
                request = Optional.of(path(arg));
            } else {
                throw new IllegalArgumentException(I18n.t("launch.unknownOption", arg));
            }
        }
        return new LaunchOptions(db, lang, request);
    }

    private static Path path(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException(I18n.t("cli.error.emptyDb"));
        }
        if (text.length() > InputRules.MAX_PATH_CHARS) {
            throw new IllegalArgumentException(I18n.t(
                    "input.arg.pathTooLong",
                    "--db",
                    String.valueOf(text.length()),
                    String.valueOf(InputRules.MAX_PATH_CHARS)));
        }
        int bad = InputRules.badCharacterAt(text);
        if (bad >= 0) {
            throw new IllegalArgumentException(
                    I18n.t("input.arg.badCharacter", "--db", InputRules.describe(text, Math.max(bad, 0))));
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(I18n.t("launch.badPath", text, e.getReason()), e);
        }
    }

    private static Locale language(String tag) {
        if (tag.length() > MAX_TAG_CHARS) {
            throw new IllegalArgumentException(I18n.t("launch.langNeedsLanguage"));
        }
        Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
        if (tag.isBlank() || locale.getLanguage().isEmpty()) {
            throw new IllegalArgumentException(I18n.t("launch.langNeedsLanguage"));
        }
        if (I18n.SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(locale.getLanguage()))) {
            throw new IllegalArgumentException(I18n.t("launch.langUnsupported", tag));
        }
        return locale;
    }

    /** The language to show: {@code --lang} if given, else the one chosen in Preferences, if any. */
    public Optional<Locale> languageOr(Settings settings) {
        return language.or(() -> settings.language().map(Locale::forLanguageTag));
    }

    public Path databaseOrDefault() {
        return database.orElseGet(AppPaths::defaultDatabase);
    }
}
