package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.app.boot.AppPaths;
import io.ascent.app.boot.LaunchOptions;
import io.ascent.persistence.sqlite.Opening;
import io.ascent.text.I18n;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: with no command it opens the window; {@code --db} applies to every command. */
@Command(
        name = "ascent",
        mixinStandardHelpOptions = true,
        version = "Ascent 0.1.0",
        description = {
            "The career planner for product managers.",
            "Without a command, opens the app. With a command, works without a window."
        },
        subcommands = {
            PlanCommand.class,
            MilestoneCommand.class,
            WinCommand.class,
            FrameworkCommand.class,
            BackupCommand.class,
            ReviewCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 done, 1 the operation failed, 2 the command was misused.",
            "Examples:",
            "  ascent plan list",
            "  ascent plan export \"Road to Senior PM\" --format pdf --out plan.pdf%n"
        })
public final class AscentCommand implements Callable<Integer> {

    private final Cli.Opener openDatabase;
    private final Consumer<List<String>> openWindow;

    private Path database;
    private boolean create;

    AscentCommand(Cli.Opener openDatabase, Consumer<List<String>> openWindow) {
        this.openDatabase = openDatabase;
        this.openWindow = openWindow;
    }

    @Option(
            names = "--db",
            paramLabel = "PATH",
            scope = ScopeType.INHERIT,
            descriptionKey = "cli.option.db",
            description = "Database file to use instead of the default one in your data folder.")
    void database(Path file) {
        if (file.toString().isBlank()) {
            throw new ParameterException(spec.commandLine(), I18n.t("cli.error.emptyDb"));
        }
        this.database = file;
    }

    @Option(
            names = "--create",
            scope = ScopeType.INHERIT,
            descriptionKey = "cli.option.create",
            description = "Create the database if it does not exist yet; without it, only 'plan create' and "
                    + "'plan import' do.")
    void create(boolean create) {
        this.create = create;
    }

    @Option(
            names = "--lang",
            paramLabel = "TAG",
            scope = ScopeType.INHERIT,
            descriptionKey = "cli.option.lang",
            description = "Language of the window and the commands: en, es or zh-CN (default: the system's language).")
    private String language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        if (database != null) {
            args.addAll(List.of("--db", database.toString()));
        }
        if (language != null) {
            args.addAll(List.of("--lang", language));
        }
        try {
            LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        openWindow.accept(args);
        return 0;
    }

    /**
     * Opens the database the command line names as {@code how} says (with {@code --create}, a
     * missing file is made); the caller closes it. What opening did that the user should hear
     * once (plans renamed by a migration, a file opened read-only) goes to stderr.
     */
    AppContext open(Opening how) {
        AppContext app = openDatabase.open(databaseFile(), create ? how.creating() : how);
        PrintWriter err = spec.commandLine().getErr();
        app.database().notices().forEach(notice -> err.println("ascent: " + notice));
        app.database().readOnlyReason().ifPresent(reason -> err.println("ascent: " + I18n.t("cli.readOnly", reason)));
        err.flush();
        return app;
    }

    /** The database file the command line names: --db, or the default one. */
    Path databaseFile() {
        return database == null ? AppPaths.defaultDatabase() : database;
    }
}
