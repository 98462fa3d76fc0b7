package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Specialization;
import io.ascent.domain.text.LevelWords;
import io.ascent.persistence.files.FrameworkReader;
import io.ascent.persistence.sqlite.Opening;
import io.ascent.service.FrameworkService;
import io.ascent.service.ValidationException;
import io.ascent.text.I18n;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ascent framework ...}: check a framework file, install it, show an installed ladder's ids. */
@Command(name = "framework", mixinStandardHelpOptions = true, description = "Check and show career frameworks.")
final class FrameworkCommand {

    /** Framework file readers by file extension (with the optional milestones CSV); a new format is one entry. */
    @ParentCommand
    private AscentCommand root;

    @Spec
    private CommandSpec spec;

    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description = "Checks a framework file and says what is wrong and where.")
    int validate(
            @Parameters(
                            paramLabel = "FILE",
                            descriptionKey = "cli.param.frameworkFile",
                            description = "Framework file: .json, or a .csv matrix.")
                    Path file,
            @Option(
                            names = "--milestones",
                            paramLabel = "CSV",
                            descriptionKey = "cli.option.milestonesCsv",
                            description = "Milestones CSV for a .csv matrix.")
                    Path milestones) {
        // No database: a CSV's ids are made from its names alone, as on a first import.
        Framework framework = new FrameworkService(new FrameworkReader()).read(file, Optional.ofNullable(milestones));
        spec.commandLine()
                .getOut()
                .println(I18n.t(
                        "cli.framework.valid",
                        file.getFileName(),
                        framework.name(),
                        framework.levels().size(),
                        framework.competencies().size(),
                        framework.milestones().size(),
                        framework.specializations().size(),
                        framework.resources().size()));
        return 0;
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Installs a framework file (or updates it to a new version) in the database.")
    int importFramework(
            @Parameters(
                            paramLabel = "FILE",
                            descriptionKey = "cli.param.frameworkFile",
                            description = "Framework file: .json, or a .csv matrix.")
                    Path file,
            @Option(
                            names = "--milestones",
                            paramLabel = "CSV",
                            descriptionKey = "cli.option.milestonesCsv",
                            description = "Milestones CSV for a .csv matrix.")
                    Path milestones) {
        try (AppContext app = root.open(Opening.WRITE)) {
            var result = app.frameworks().importFile(file, Optional.ofNullable(milestones));
            spec.commandLine().getOut().println(result.summary());
            return 0;
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Level, specialization and competency ids of a framework, for 'plan create'.")
    int show(
            @Parameters(
                            arity = "0..1",
                            paramLabel = "FRAMEWORK_ID",
                            descriptionKey = "cli.param.frameworkId",
                            description = "Id of an installed framework (default: the PM ladder).")
                    String frameworkId) {
        try (AppContext app = root.open(Opening.READ)) {
            Framework stored = frameworkId == null
                    ? app.frameworks().defaultFramework()
                    : app.frameworks()
                            .framework(frameworkId)
                            .orElseThrow(() -> new ValidationException(I18n.t(
                                    "cli.error.noFramework",
                                    frameworkId,
                                    app.frameworks().frameworks().stream()
                                            .map(Framework::id)
                                            .collect(Collectors.joining(", ")))));
            Framework f = stored.in(I18n.locale());
            PrintWriter out = spec.commandLine().getOut();
            out.println(f.name() + " (" + f.id() + ")");
            ids(out, I18n.t("cli.framework.levels"), f.levels(), l -> l.id(), l -> LevelWords.withTrack(f, l));
            ids(
                    out,
                    I18n.t("cli.framework.specializations"),
                    f.specializations(),
                    Specialization::id,
                    Specialization::title);
            ids(out, I18n.t("cli.framework.competencies"), f.competencies(), Competency::id, Competency::title);
            return 0;
        }
    }

    /** One id and title a line, the ids padded to the longest (ids made from long names are long). */
    private static <T> void ids(
            PrintWriter out, String heading, List<T> items, Function<T, String> id, Function<T, String> title) {
        out.println(heading);
        int width = Math.max(
                14, items.stream().mapToInt(i -> id.apply(i).length()).max().orElse(0));
        items.forEach(i -> out.println("  " + Columns.pad(id.apply(i), width) + " " + title.apply(i)));
    }
}
