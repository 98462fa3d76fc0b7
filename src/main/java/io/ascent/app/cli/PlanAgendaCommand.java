package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Plan;
import io.ascent.domain.rhythm.Agenda;
import io.ascent.domain.text.AgendaWords;
import io.ascent.persistence.sqlite.Opening;
import io.ascent.text.I18n;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ascent plan agenda NAME [--format md|text] [--ask QUESTION]}: prints the agenda of the
 * next 1:1 (private: only when asked for, like this), or adds a question for it.
 */
@Command(
        name = "agenda",
        mixinStandardHelpOptions = true,
        description = "Prints the agenda of your next 1:1, or adds a question to it with --ask.")
final class PlanAgendaCommand implements Callable<Integer> {

    @ParentCommand
    private PlanCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", descriptionKey = "cli.param.planName", description = "Name of the plan.")
    private String name;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            descriptionKey = "cli.option.agendaFormat",
            description = "md (Markdown) or text (default).")
    private String format = "text";

    @Option(
            names = "--ask",
            paramLabel = "QUESTION",
            descriptionKey = "cli.option.ask",
            description = "Adds a question for your next 1:1 instead of printing the agenda.")
    private String question;

    @Override
    public Integer call() {
        boolean markdown = markdown();
        try (AppContext app = parent.open(question == null ? Opening.READ : Opening.WRITE)) {
            Plan plan = Plans.named(app.plans(), name, spec.commandLine().getErr());
            if (question != null) {
                app.oneOnOnes().addQuestion(plan.id(), question);
                spec.commandLine().getOut().println(I18n.t("cli.agenda.asked", question.strip()));
                return 0;
            }
            Agenda agenda = app.oneOnOnes().agenda(plan.id());
            spec.commandLine()
                    .getOut()
                    .print(
                            markdown
                                    ? AgendaWords.markdown(agenda, plan.name())
                                    : AgendaWords.text(agenda, plan.name()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    private boolean markdown() {
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> true;
            case "text", "txt" -> false;
            default -> throw new ParameterException(spec.commandLine(), I18n.t("cli.error.agendaFormat", format));
        };
    }
}
