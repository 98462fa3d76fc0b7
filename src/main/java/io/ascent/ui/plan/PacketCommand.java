package io.ascent.ui.plan;

import io.ascent.domain.PlanSnapshot;
import io.ascent.service.ExportFormat;
import io.ascent.service.PacketService;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.SaveTarget;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.StatusLine;
import java.nio.file.Path;

/**
 * Plan > Promotion packet...: asks PDF or Markdown and where to save, asks before replacing a
 * file, and writes the packet for the year up to today in the background.
 */
public final class PacketCommand {

    private final PlanSession session;
    private final PacketService packets;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final StatusLine status;

    public PacketCommand(
            PlanSession session, PacketService packets, TaskRunner runner, DialogService dialogs, StatusLine status) {
        this.session = session;
        this.packets = packets;
        this.runner = runner;
        this.dialogs = dialogs;
        this.status = status;
    }

    public void run() {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            return;
        }
        ExportFormat format = dialogs.ask(
                        I18n.t("packet.dialog.title"),
                        I18n.t("packet.dialog.format"),
                        ExportFormat.PDF.description(),
                        ExportFormat.MD.description())
                ? ExportFormat.PDF
                : ExportFormat.MD;
        long planId = view.plan().id();
        new SaveTarget(dialogs, runner, packets::targetExists)
                .choose(
                        I18n.t("packet.dialog.title"),
                        format.fileNameFor(I18n.t("packet.fileName", view.plan().name())),
                        format.description(),
                        format.extension(),
                        (file, exists) -> write(planId, format, file, exists),
                        status::reportError);
    }

    private void write(long planId, ExportFormat format, Path file, boolean replace) {
        status.report(I18n.t("packet.writing"));
        runner.run(
                () -> packets.export(planId, format, packets.defaultPeriod(), file, replace),
                () -> status.report(I18n.t("packet.written", file.toString())),
                status::reportError);
    }
}
