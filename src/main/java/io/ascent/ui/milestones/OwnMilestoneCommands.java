package io.ascent.ui.milestones;

import io.ascent.domain.Milestone;
import io.ascent.domain.OwnMilestoneDraft;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.session.OwnMilestoneEdits;
import io.ascent.ui.session.PlanSession;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * "Add a milestone of your own...", and Edit and Remove of one: the form in a dialog, then the
 * undoable change. Offered while a plan under way is open (a reached plan is kept as it was).
 */
public class OwnMilestoneCommands {

    private final PlanSession session;
    private final OwnMilestoneEdits edits;
    private final DialogService dialogs;
    private final BooleanBinding disabled;

    public OwnMilestoneCommands(PlanSession session, OwnMilestoneEdits edits, DialogService dialogs) {
        this.session = session;
        this.edits = edits;
        this.dialogs = dialogs;
        disabled = Bindings.createBooleanBinding(
                () -> session.current().map(v -> v.plan().isReached()).orElse(true), session.currentProperty());
    }

    /** The id of the milestone added last, once stored. */
    public ReadOnlyStringProperty addedProperty() {
        return edits.addedProperty();
    }

    /** True while there is no plan to add to, or the open one was reached. */
    public BooleanBinding disabled() {
        return disabled;
    }

    /** The form for a new milestone, in the competency and level of {@code near} if one is selected. */
    public void add(Optional<Milestone> near) {
        session.editable().ifPresent(view -> {
            OwnMilestoneForm form =
                    OwnMilestoneForm.adding(view, near.map(Milestone::competencyId), near.map(Milestone::levelId));
            if (dialogs.showForm(new OwnMilestoneDialog(form))) {
                edits.add(form.draft());
            }
        });
    }

    /**
     * The form for a new milestone that starts with {@code title} and {@code due} (an action item
     * of a 1:1); the chosen draft, for the caller to add, or empty when cancelled.
     */
    public Optional<OwnMilestoneDraft> draftFrom(String title, Optional<LocalDate> due) {
        return session.editable().flatMap(view -> {
            OwnMilestoneForm form = OwnMilestoneForm.adding(view, Optional.empty(), Optional.empty());
            form.titleProperty().set(title);
            due.ifPresent(form.dueDateProperty()::set);
            return dialogs.showForm(new OwnMilestoneDialog(form)) ? Optional.of(form.draft()) : Optional.empty();
        });
    }

    public void edit(String milestoneId) {
        session.editable()
                .ifPresent(view -> view.ownMilestone(milestoneId).ifPresent(m -> {
                    OwnMilestoneForm form = OwnMilestoneForm.editing(view, m);
                    if (dialogs.showForm(new OwnMilestoneDialog(form))) {
                        edits.edit(form.edited());
                    }
                }));
    }

    public void remove(String milestoneId) {
        edits.remove(milestoneId);
    }
}
