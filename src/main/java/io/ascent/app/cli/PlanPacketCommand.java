package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Plan;
import io.ascent.domain.packet.PacketPeriod;
import io.ascent.service.ExportFormat;
import io.ascent.service.ValidationException;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ascent plan packet}: the promotion packet for the plan's target level, as PDF or Markdown. */
@Command(
        name = "packet",
        mixinStandardHelpOptions = true,
        description = "Writes the promotion packet: the case for the target level over a period.")
final class PlanPacketCommand implements Callable<Integer> {

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
            descriptionKey = "cli.option.out",
            description = "File to write.")
    private Path file;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            descriptionKey = "cli.option.packetFormat",
            description = "pdf (default) or md.",
            converter = FormatConverter.Packet.class)
    private ExportFormat format;

    @Option(
            names = "--from",
            paramLabel = "YYYY-MM-DD",
            descriptionKey = "cli.option.packetFrom",
            description = "Start of the period (default: a year before its end).")
    private LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "YYYY-MM-DD",
            descriptionKey = "cli.option.packetTo",
            description = "End of the period (default: today).")
    private LocalDate to;

    @Option(names = "--force", descriptionKey = "cli.option.force", description = "Replace FILE if it exists.")
    private boolean force;

    @Override
    public Integer call() {
        ExportFormat chosen = format == null ? ExportFormat.PDF : format;
        CliDates.requireOrdered(spec.commandLine(), from, to);
        try (AppContext app = parent.read()) {
            Plan plan = Plans.named(app.plans(), name, spec.commandLine().getErr());
            PacketPeriod period = app.packets().period(Optional.ofNullable(from), Optional.ofNullable(to));
            if (app.packets().targetExists(file) && !force) {
                throw new ValidationException(I18n.t("cli.error.exists", file.toAbsolutePath()));
            }
            app.packets().export(plan.id(), chosen, period, file, force);
            spec.commandLine()
                    .getOut()
                    .println(I18n.t(
                            "cli.packet.wrote",
                            file.toAbsolutePath(),
                            I18n.date(period.from()),
                            I18n.date(period.to())));
            return 0;
        }
    }
}
