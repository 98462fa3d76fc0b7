package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.app.boot.LaunchOptions;
import io.ascent.persistence.PersistenceException;
import io.ascent.persistence.sqlite.DatabaseUnusableException;
import io.ascent.persistence.sqlite.Opening;
import io.ascent.service.ValidationException;
import io.ascent.text.I18n;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * The command line: {@code ascent [--db PATH]} opens the window, {@code ascent COMMAND ...}
 * works headless. Exit codes: 0 done, 1 the operation failed, 2 the command was misused.
 * Every error is one line on stderr.
 */
public final class Cli {

    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Cli() {}

    /** Opens the services on a database file as a command needs it (the real one, or a test's). */
    @FunctionalInterface
    public interface Opener {
        AppContext open(Path file, Opening how);
    }

    /**
     * @param openDatabase opens the services on a database file (the real one, or a test's)
     * @param openWindow   starts the desktop app with the window's arguments (--db, --lang)
     */
    public static CommandLine create(Opener openDatabase, Consumer<List<String>> openWindow) {
        CommandLine cli = new CommandLine(new AscentCommand(openDatabase, openWindow));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(LocalDate.class, new CliDates());
        cli.setResourceBundle(I18n.bundle());
        // --lang is known only once the arguments are parsed, but before help or output is written.
        cli.setExecutionStrategy(parseResult -> {
            useLanguage(cli, parseResult.originalArgs());
            ArgumentLimits.check(parseResult);
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("ascent: " + message(e));
            command.getErr().flush();
            return FAILED;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            useLanguage(cli, List.of(args));
            CommandLine command = e.getCommandLine();
            String name = command.getCommandSpec().qualifiedName();
            String problem = ArgumentLimits.problem(List.of(args)).orElseGet(() -> CliErrors.usage(e));
            command.getErr().println(I18n.t("cli.error.usage", name, problem, name + " --help"));
            command.getErr().flush();
            return USAGE;
        });
        return cli;
    }

    /** Switches to the language of {@code --lang TAG} when the arguments name a supported one. */
    static void useLanguage(CommandLine cli, List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String tag = arg.startsWith("--lang=")
                    ? arg.substring("--lang=".length())
                    : arg.equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
            if (tag == null) {
                continue;
            }
            try {
                LaunchOptions.parse(List.of("--lang", tag)).language().ifPresent(locale -> {
                    I18n.setLocale(locale);
                    cli.setResourceBundle(I18n.bundle());
                });
            } catch (IllegalArgumentException e) {
                // The root command reports a bad tag as a usage error; here it just changes nothing.
            }
        }
    }

    static String message(Throwable e) {
        if (e instanceof ValidationException
                || e instanceof PersistenceException
                || e instanceof UncheckedIOException
                || e instanceof IllegalArgumentException) {
            Throwable shown = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            String text = shown.getMessage();
            String advice = e instanceof DatabaseUnusableException failure ? CliAdvice.of(failure) : "";
            return sentence(firstLine(text == null ? shown.getClass().getSimpleName() : text)) + advice;
        }
        return I18n.t(
                "cli.error.unexpected",
                e.getClass().getSimpleName() + ": " + firstLine(String.valueOf(e.getMessage())));
    }

    /** {@code text} with a full stop at its end, unless it ends like a sentence already. */
    static String sentence(String text) {
        return text.isEmpty() || ".?!。？！…".indexOf(text.charAt(text.length() - 1)) >= 0
                ? text
                : text + I18n.t("common.sentenceEnd");
    }

    static String firstLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
