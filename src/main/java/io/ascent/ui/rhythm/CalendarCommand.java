package io.ascent.ui.rhythm;

import io.ascent.domain.PlanSnapshot;
import io.ascent.service.CalendarService;
import io.ascent.service.ExportFormat;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.SaveTarget;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.StatusLine;
import java.nio.file.Path;
import javafx.beans.binding.BooleanBinding;

/** Plan &gt; Add to calendar...: asks where to save the plan's .ics file, then writes it in the background. */
public class CalendarCommand {

    static final String EXTENSION = "ics";

    private final PlanSession session;
    private final CalendarService calendars;
    private final TaskRunner runner;
    private final StatusLine status;
    private final DialogService dialogs;

    public CalendarCommand(
            PlanSession session,
            CalendarService calendars,
            TaskRunner runner,
            StatusLine status,
            DialogService dialogs) {
        this.session = session;
        this.calendars = calendars;
        this.runner = runner;
        this.status = status;
        this.dialogs = dialogs;
    }

    public BooleanBinding disabled() {
        return session.currentProperty().isNull();
    }

    public void run() {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            return;
        }
        long planId = view.plan().id();
        new SaveTarget(dialogs, runner, calendars::targetExists)
                .choose(
                        I18n.t("rhythm.calendar.save"),
                        ExportFormat.fileNameFor(view.plan().name(), EXTENSION),
                        I18n.t("rhythm.calendar.type"),
                        EXTENSION,
                        (file, replace) -> write(planId, file, replace),
                        status::reportError);
    }

    private void write(long planId, Path file, boolean replace) {
        runner.run(
                () -> calendars.export(planId, file, replace),
                () -> status.report(I18n.t("rhythm.calendar.saved", file.toString())),
                status::reportError);
    }
}
