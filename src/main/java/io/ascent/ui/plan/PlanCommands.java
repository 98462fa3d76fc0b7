package io.ascent.ui.plan;

import io.ascent.domain.Plan;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.session.PlanEdits;
import io.ascent.ui.session.PlanSession;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/** Plan > Edit plan... and Plan > I got promoted...: a form in a dialog, then the change. */
public class PlanCommands {

    private final PlanSession session;
    private final PlanEdits edits;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    private final BooleanBinding disabled;

    public PlanCommands(PlanSession session, PlanEdits edits, DialogService dialogs, Supplier<LocalDate> today) {
        this.session = session;
        this.edits = edits;
        this.dialogs = dialogs;
        this.today = today;
        disabled = Bindings.createBooleanBinding(
                () -> session.current().map(v -> v.plan().isReached()).orElse(true), session.currentProperty());
    }

    /** True while no plan is open, or the open one was reached (it is kept as it was). */
    public BooleanBinding disabled() {
        return disabled;
    }

    public void editPlan() {
        session.editable().ifPresent(view -> {
            EditPlanViewModel form = new EditPlanViewModel(view, today);
            if (dialogs.showForm(new EditPlanDialog(form))) {
                edits.edit(form.draft());
            }
        });
    }

    public void markReached() {
        session.editable().ifPresent(view -> {
            ReachedViewModel form = new ReachedViewModel(
                    view, session.plans().stream().map(Plan::name).toList(), today.get());
            if (dialogs.showForm(new ReachedDialog(form))) {
                edits.markReached(form.date(), form.next());
            }
        });
    }
}
