package io.ascent.ui.rhythm;

import io.ascent.domain.Cadence;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.text.CadenceWords;
import io.ascent.service.RhythmService;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.RhythmSession;
import io.ascent.ui.session.StatusLine;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;

/**
 * Plan &gt; Rhythm...: reads the open plan's cadence, lets the user change it in {@code ask} (the
 * dialog, or a test's answer), and saves it in the background.
 */
public class CadenceCommand {

    private final PlanSession session;
    private final RhythmService rhythms;
    private final TaskRunner runner;
    private final StatusLine status;
    private final RhythmSession changes;
    private final Function<Cadence, Optional<Cadence>> ask;

    public CadenceCommand(
            PlanSession session,
            RhythmService rhythms,
            TaskRunner runner,
            StatusLine status,
            RhythmSession changes,
            Function<Cadence, Optional<Cadence>> ask) {
        this.session = session;
        this.rhythms = rhythms;
        this.runner = runner;
        this.status = status;
        this.changes = changes;
        this.ask = ask;
    }

    /** The command with its dialog shown through {@code dialogs}. */
    public static CadenceCommand of(
            PlanSession session,
            RhythmService rhythms,
            TaskRunner runner,
            StatusLine status,
            RhythmSession changes,
            DialogService dialogs) {
        return new CadenceCommand(session, rhythms, runner, status, changes, CadenceForm.asker(dialogs));
    }

    /** True while there is no plan. */
    public BooleanBinding disabled() {
        return session.currentProperty().isNull();
    }

    public void run() {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            return;
        }
        long planId = view.plan().id();
        runner.run(
                () -> rhythms.cadence(planId),
                current -> ask.apply(current)
                        .filter(wanted -> !wanted.equals(current))
                        .ifPresent(wanted -> save(planId, wanted)),
                status::reportError);
    }

    private void save(long planId, Cadence wanted) {
        runner.run(
                () -> rhythms.setCadence(planId, wanted),
                saved -> {
                    status.report(I18n.t("rhythm.cadence.saved", CadenceWords.of(saved)));
                    changes.changed();
                },
                status::reportError);
    }
}
