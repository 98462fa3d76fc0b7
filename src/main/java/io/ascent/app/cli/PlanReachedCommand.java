package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Framework;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Specializations;
import io.ascent.service.ValidationException;
import io.ascent.text.I18n;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ascent plan reached}: "I got promoted". Marks the plan as reached (it is kept as it was
 * from then on) and offers the next plan; {@code --next NAME} starts it, also later, on a plan
 * already marked.
 */
@Command(
        name = "reached",
        mixinStandardHelpOptions = true,
        description = "Marks a plan as reached (it is kept as it was) and offers or starts the next one.")
final class PlanReachedCommand implements Callable<Integer> {

    @ParentCommand
    private PlanCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", descriptionKey = "cli.param.planName", description = "Name of the plan.")
    private String name;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            descriptionKey = "cli.option.reachedDate",
            description = "The day you reached it (default: today).")
    private LocalDate date;

    @Option(
            names = "--next",
            paramLabel = "NAME",
            descriptionKey = "cli.option.nextName",
            description = "Start the next plan, from the level reached, under this name.")
    private String next;

    @Override
    public Integer call() {
        try (AppContext app = parent.open()) {
            PrintWriter out = spec.commandLine().getOut();
            Plan plan = Plans.named(app.plans(), name, spec.commandLine().getErr());
            if (plan.isReached()
                    && (next == null || date != null && !plan.reachedOn().get().equals(date))) {
                throw new ValidationException(I18n.t(
                        "plan.error.alreadyReached",
                        plan.name(),
                        I18n.date(plan.reachedOn().get())));
            }
            if (!plan.isReached()) {
                plan = app.promotions()
                        .markReached(plan.id(), date == null ? app.plans().today() : date);
                out.println(I18n.t(
                        "cli.reached.done",
                        plan.name(),
                        I18n.date(plan.reachedOn().orElseThrow())));
            }
            Optional<PlanDraft> offer = app.promotions().offer(plan.id());
            if (offer.isEmpty()) {
                out.println(I18n.t("cli.reached.top", plan.name()));
                return 0;
            }
            PlanDraft draft = offer.get();
            if (next == null) {
                out.println(I18n.t(
                        "cli.reached.offer",
                        route(app, plan, draft),
                        "ascent plan reached \"" + plan.name() + "\" --next \"" + draft.name() + "\""));
                return 0;
            }
            Plan started = app.promotions()
                    .startNext(
                            plan.id(),
                            new PlanDraft(
                                    next,
                                    draft.frameworkId(),
                                    draft.currentLevelId(),
                                    draft.targetLevelId(),
                                    draft.specializationId(),
                                    Optional.empty()));
            PlanSnapshot view = app.plans().open(started.id());
            out.println(I18n.t(
                    "cli.reached.started",
                    started.name(),
                    route(app, plan, draft),
                    app.assessments().ratings(started.id()).size(),
                    view.progress().size(),
                    view.readiness().required()));
            return 0;
        }
    }

    /** "Senior PM -> Group PM, Growth". */
    private static String route(AppContext app, Plan plan, PlanDraft draft) {
        Framework f = app.plans().open(plan.id()).framework();
        return I18n.t(
                "cli.reached.route",
                f.level(draft.currentLevelId()).map(l -> l.title()).orElse(draft.currentLevelId()),
                f.level(draft.targetLevelId()).map(l -> l.title()).orElse(draft.targetLevelId()),
                Specializations.shown(f, draft.specializationId()).title());
    }
}
