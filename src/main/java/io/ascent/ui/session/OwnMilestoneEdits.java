package io.ascent.ui.session;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.OwnMilestone;
import io.ascent.domain.OwnMilestoneDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.service.OwnMilestoneService;
import io.ascent.text.I18n;
import io.ascent.ui.common.TaskRunner;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Adding, editing and removing the open plan's own milestones, each an undoable change: undoing an
 * add removes the milestone, undoing a removal puts it back with its progress, under the same id.
 */
public class OwnMilestoneEdits {

    private final PlanSession session;
    private final OwnMilestoneService service;
    private final TaskRunner runner;
    private final StatusLine status;
    private final EditHistory history;

    // Properties
    private final ReadOnlyStringWrapper added = new ReadOnlyStringWrapper();

    public OwnMilestoneEdits(
            PlanSession session,
            OwnMilestoneService service,
            TaskRunner runner,
            StatusLine status,
            EditHistory history) {
        this.session = session;
        this.service = service;
        this.runner = runner;
        this.status = status;
        this.history = history;
    }

    /** The id of the milestone added last, set once it is stored: the list selects it. */
    public ReadOnlyStringProperty addedProperty() {
        return added.getReadOnlyProperty();
    }

    // Commands

    /** Adds {@code draft} to the open plan. */
    public void add(OwnMilestoneDraft draft) {
        session.editable().ifPresent(view -> {
            long planId = view.plan().id();
            AtomicReference<MilestoneProgress> progress = new AtomicReference<>();
            AtomicReference<OwnMilestone> stored = new AtomicReference<>();
            history.perform(new BackgroundChange(
                    I18n.t("undo.ownAdded", draft.title()),
                    I18n.t("session.ownAdded", draft.title()),
                    runner,
                    status,
                    () -> {
                        if (stored.get() == null) {
                            stored.set(service.add(planId, draft));
                        } else {
                            service.restore(planId, stored.get(), progress.get());
                        }
                    },
                    () -> {
                        progress.set(session.current()
                                .map(now -> now.progressOf(stored.get().id()))
                                .orElse(MilestoneProgress.todo(stored.get().id())));
                        service.remove(planId, stored.get().id());
                    },
                    () -> {
                        if (stored.get() != null) {
                            added.set(stored.get().id());
                        }
                        rereadIfOpen(planId);
                    }));
        });
    }

    /** Stores new words or a new optional mark for an own milestone of the open plan. */
    public void edit(OwnMilestone edited) {
        session.editable()
                .ifPresent(view -> view.ownMilestone(edited.id())
                        .filter(before -> !before.equals(edited))
                        .ifPresent(before -> history.perform(change(
                                I18n.t("undo.ownEdited", edited.title()),
                                I18n.t("session.saved"),
                                view.plan().id(),
                                () -> service.edit(view.plan().id(), edited),
                                () -> service.edit(view.plan().id(), before)))));
    }

    /** Removes an own milestone of the open plan with its progress; Ctrl+Z brings both back. */
    public void remove(String milestoneId) {
        session.editable()
                .ifPresent(view -> view.ownMilestone(milestoneId).ifPresent(milestone -> {
                    long planId = view.plan().id();
                    MilestoneProgress progress = view.progressOf(milestoneId);
                    history.perform(change(
                            I18n.t("undo.ownRemoved", milestone.title()),
                            I18n.t("session.ownRemoved", milestone.title()),
                            planId,
                            () -> service.remove(planId, milestoneId),
                            () -> service.restore(planId, milestone, progress)));
                }));
    }

    private UndoableAction change(
            String description, String done, long planId, BackgroundChange.Write redo, BackgroundChange.Write undo) {
        return new BackgroundChange(description, done, runner, status, redo, undo, () -> rereadIfOpen(planId));
    }

    private void rereadIfOpen(long planId) {
        PlanSnapshot view = session.current().orElse(null);
        if (view != null && view.plan().id() == planId) {
            session.refresh();
        }
    }
}
