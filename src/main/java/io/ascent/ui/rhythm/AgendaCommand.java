package io.ascent.ui.rhythm;

import io.ascent.domain.NextQuestion;
import io.ascent.domain.OneOnOne;
import io.ascent.domain.OwnMilestoneDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.rhythm.Agenda;
import io.ascent.domain.text.AgendaWords;
import io.ascent.service.OneOnOneService;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.RhythmSession;
import io.ascent.ui.session.StatusLine;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;

/**
 * Plan &gt; 1:1 agenda...: builds the agenda in the background, shows it to edit and copy, then
 * records the 1:1 with its decisions and action items; each action item marked so becomes a
 * milestone of the user's own, in the form they know ({@code draftFrom}).
 */
public class AgendaCommand {

    private final PlanSession session;
    private final OneOnOneService oneOnOnes;
    private final TaskRunner runner;
    private final StatusLine status;
    private final RhythmSession changes;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    private final BiFunction<String, Optional<LocalDate>, Optional<OwnMilestoneDraft>> draftFrom;

    public AgendaCommand(
            PlanSession session,
            OneOnOneService oneOnOnes,
            TaskRunner runner,
            StatusLine status,
            RhythmSession changes,
            DialogService dialogs,
            Supplier<LocalDate> today,
            BiFunction<String, Optional<LocalDate>, Optional<OwnMilestoneDraft>> draftFrom) {
        this.session = session;
        this.oneOnOnes = oneOnOnes;
        this.runner = runner;
        this.status = status;
        this.changes = changes;
        this.dialogs = dialogs;
        this.today = today;
        this.draftFrom = draftFrom;
    }

    /** True while no plan is open, or the open one was reached. */
    public BooleanBinding disabled() {
        return session.currentProperty().isNull();
    }

    private record Loaded(Agenda agenda, List<NextQuestion> questions) {}

    public void run() {
        PlanSnapshot view = session.editable().orElse(null);
        if (view == null) {
            return;
        }
        long planId = view.plan().id();
        runner.run(
                () -> new Loaded(oneOnOnes.agenda(planId), oneOnOnes.questions(planId)),
                loaded -> {
                    AgendaViewModel model = new AgendaViewModel(
                            AgendaWords.markdown(loaded.agenda(), view.plan().name()), loaded.questions(), today.get());
                    if (dialogs.showForm(new AgendaForm(model))) {
                        record(planId, model);
                    }
                },
                status::reportError);
    }

    private void record(long planId, AgendaViewModel model) {
        runner.run(
                () -> oneOnOnes.record(
                        planId,
                        model.heldOnProperty().get(),
                        model.textProperty().get(),
                        model.decisionLines(),
                        model.actionItems(),
                        model.answered()),
                recorded -> {
                    status.report(I18n.t("rhythm.agendaDialog.recorded", I18n.date(recorded.heldOn())));
                    changes.changed();
                    makeMilestones(planId, recorded, model);
                },
                status::reportError);
    }

    /** Each action item marked to become a milestone, one form after the other. */
    private void makeMilestones(long planId, OneOnOne recorded, AgendaViewModel model) {
        List<AgendaViewModel.ActionRow> rows = List.copyOf(model.actions());
        boolean any = false;
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).milestone()) {
                continue;
            }
            int index = i;
            Optional<OwnMilestoneDraft> draft = draftFrom.apply(
                    rows.get(i).item().text(), rows.get(i).item().due());
            if (draft.isPresent()) {
                any = true;
                runner.run(
                        () -> oneOnOnes.makeMilestone(planId, recorded.id(), index, draft.get()),
                        added -> status.report(I18n.t("rhythm.agendaDialog.milestoneAdded", added.title())),
                        status::reportError);
            }
        }
        if (any) {
            // The plan gained milestones outside the session's own edits: read it again once they are in.
            runner.run(() -> null, ignored -> session.refresh(), status::reportError);
        }
    }
}
