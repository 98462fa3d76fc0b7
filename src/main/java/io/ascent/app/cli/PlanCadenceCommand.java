package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Cadence;
import io.ascent.domain.Plan;
import io.ascent.domain.text.CadenceWords;
import io.ascent.persistence.sqlite.Opening;
import io.ascent.service.ValidationException;
import io.ascent.text.I18n;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ascent plan cadence NAME}: prints the plan's rhythm, or changes it with
 * {@code --check-in-weeks}, {@code --one-on-one-weeks} (a number or {@code none}) and
 * {@code --review-months}; what is not given stays.
 */
@Command(
        name = "cadence",
        mixinStandardHelpOptions = true,
        description = "Shows or changes how often you check in, meet your manager 1:1 and are reviewed.")
final class PlanCadenceCommand implements Callable<Integer> {

    static final String NONE = "none";

    @ParentCommand
    private PlanCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", descriptionKey = "cli.param.planName", description = "Name of the plan.")
    private String name;

    @Option(
            names = "--check-in-weeks",
            paramLabel = "N",
            descriptionKey = "cli.option.checkInWeeks",
            description = "A check-in every N weeks (default 4).")
    private Integer checkInWeeks;

    @Option(
            names = "--one-on-one-weeks",
            paramLabel = "N|none",
            descriptionKey = "cli.option.oneOnOneWeeks",
            description = "A 1:1 with your manager every N weeks (default 2), or 'none'.")
    private String oneOnOneWeeks;

    @Option(
            names = "--review-months",
            paramLabel = "N",
            descriptionKey = "cli.option.reviewMonths",
            description = "A review every N months (default 6).")
    private Integer reviewMonths;

    @Override
    public Integer call() {
        boolean change = checkInWeeks != null || oneOnOneWeeks != null || reviewMonths != null;
        Optional<Optional<Integer>> oneOnOne = oneOnOne();
        try (AppContext app = parent.open(change ? Opening.WRITE : Opening.READ)) {
            Plan plan = Plans.named(app.plans(), name, spec.commandLine().getErr());
            Cadence cadence = app.rhythms().cadence(plan.id());
            if (change) {
                Cadence wanted;
                try {
                    wanted = new Cadence(
                            checkInWeeks == null ? cadence.checkInWeeks() : checkInWeeks,
                            oneOnOne.orElse(cadence.oneOnOneWeeks()),
                            reviewMonths == null ? cadence.reviewMonths() : reviewMonths);
                } catch (IllegalArgumentException e) {
                    throw new ValidationException(e.getMessage());
                }
                cadence = app.rhythms().setCadence(plan.id(), wanted);
            }
            spec.commandLine().getOut().println(I18n.t("cli.plan.cadence", plan.name(), CadenceWords.of(cadence)));
            return 0;
        }
    }

    /** Empty when not given; a number or {@code none} otherwise; anything else is misuse (exit 2). */
    private Optional<Optional<Integer>> oneOnOne() {
        if (oneOnOneWeeks == null) {
            return Optional.empty();
        }
        if (oneOnOneWeeks.strip().equalsIgnoreCase(NONE)) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(Integer.parseInt(oneOnOneWeeks.strip())));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), I18n.t("cli.error.oneOnOneWeeks", oneOnOneWeeks, NONE));
        }
    }
}
