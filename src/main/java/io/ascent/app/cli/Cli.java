package io.ascent.app.cli;

import io.ascent.app.AppContext;
import io.ascent.persistence.PersistenceException;
import io.ascent.service.ValidationException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: {@code ascent [--db PATH]} opens the window, {@code ascent COMMAND ...}
 * works headless. Exit codes: 0 done, 1 the operation failed, 2 the command was misused.
 * Every error is one line on stderr.
 */
public final class Cli {

    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    /**
     * @param openDatabase opens the services on a database file (the real one, or a test's)
     * @param openWindow   starts the desktop app with the window's arguments (--db, --lang)
     */
    public static CommandLine create(Function<Path, AppContext> openDatabase, Consumer<List<String>> openWindow) {
        CommandLine cli = new CommandLine(new AscentCommand(openDatabase, openWindow));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionStrategy(ArgumentLimits::checkedRun);
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("ascent: " + message(e));
            command.getErr().flush();
            return FAILED;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            String name = command.getCommandSpec().qualifiedName();
            String hint = e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()
                    ? "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?"
                    : "";
            String problem = ArgumentLimits.problem(List.of(args)).orElseGet(() -> firstLine(e.getMessage()) + hint);
            command.getErr().println(name + ": " + problem + " (see '" + name + " --help')");
            command.getErr().flush();
            return USAGE;
        });
        return cli;
    }

    static String message(Throwable e) {
        if (e instanceof ValidationException || e instanceof PersistenceException
                || e instanceof UncheckedIOException || e instanceof IllegalArgumentException) {
            Throwable shown = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            String text = shown.getMessage();
            return firstLine(text == null ? shown.getClass().getSimpleName() : text);
        }
        return "unexpected error (" + e.getClass().getSimpleName() + ": " + firstLine(String.valueOf(e.getMessage()))
                + ")";
    }

    private static String firstLine(String text) {
        String flat = text.strip().replaceAll("\\s*\\R\\s*", " ");
        return flat.endsWith(".") ? flat.substring(0, flat.length() - 1) : flat;
    }
}
