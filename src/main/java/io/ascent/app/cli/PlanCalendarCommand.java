package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Plan;
import io.ascent.service.ValidationException;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ascent plan calendar NAME --out FILE.ics [--force]}: the plan's rhythm for a calendar app. */
@Command(
        name = "calendar",
        mixinStandardHelpOptions = true,
        description = "Writes an iCalendar file: recurring check-ins, 1:1s and reviews, and milestone due dates.")
final class PlanCalendarCommand implements Callable<Integer> {

    @ParentCommand
    private PlanCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", descriptionKey = "cli.param.planName", description = "Name of the plan.")
    private String name;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            descriptionKey = "cli.option.calendarOut",
            description = "The .ics file to write.")
    private Path file;

    @Option(names = "--force", descriptionKey = "cli.option.force", description = "Replace FILE if it exists.")
    private boolean force;

    @Override
    public Integer call() {
        try (AppContext app = parent.read()) {
            Plan plan = Plans.named(app.plans(), name, spec.commandLine().getErr());
            if (app.calendars().targetExists(file) && !force) {
                throw new ValidationException(I18n.t("cli.error.exists", file.toAbsolutePath()));
            }
            app.calendars().export(plan.id(), file, force);
            spec.commandLine().getOut().println(I18n.t("cli.plan.calendarWritten", file.toAbsolutePath()));
            return 0;
        }
    }
}
