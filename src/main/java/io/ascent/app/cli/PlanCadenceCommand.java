package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Cadence;
import io.ascent.domain.Plan;
import io.ascent.domain.text.CadenceWords;
import io.ascent.persistence.sqlite.Opening;
import io.ascent.text.I18n;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ascent plan cadence NAME}: prints the plan's rhythm, or changes it with the options
 * {@code plan edit} takes too ({@link CadenceOptions}).
 */
@Command(
        name = "cadence",
        mixinStandardHelpOptions = true,
        description = "Shows or changes how often you check in, meet your manager 1:1 and are reviewed.")
final class PlanCadenceCommand implements Callable<Integer> {

    @ParentCommand
    private PlanCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", descriptionKey = "cli.param.planName", description = "Name of the plan.")
    private String name;

    @Mixin
    private CadenceOptions options;

    @Override
    public Integer call() {
        options.check();
        try (AppContext app = parent.open(options.given() ? Opening.WRITE : Opening.READ)) {
            Plan plan = Plans.named(app.plans(), name, spec.commandLine().getErr());
            Cadence cadence = app.rhythms().cadence(plan.id());
            if (options.given()) {
                cadence = app.rhythms().setCadence(plan.id(), options.applyTo(cadence));
            }
            spec.commandLine().getOut().println(I18n.t("cli.plan.cadence", plan.name(), CadenceWords.of(cadence)));
            return 0;
        }
    }
}
