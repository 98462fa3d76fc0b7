package io.ascent.ui.session;

import io.ascent.domain.PlanSnapshot;
import io.ascent.text.I18n;
import io.ascent.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo of the open plan's changes (Ctrl+Z, Ctrl+Shift+Z): ticks, edits, ratings. Per
 * plan: forgotten when another plan opens. The actions write through the services, so undo
 * reaches the database; the status line says "Undid: ..." only once those writes committed.
 */
public class EditHistory {

    private final TaskRunner runner;
    private final StatusLine status;
    private final UndoStack history = new UndoStack(UndoStack.DEFAULT_CAPACITY);
    private long historyPlanId = -1;

    // Properties
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    public EditHistory(PlanSession session, TaskRunner runner, StatusLine status) {
        this.runner = runner;
        this.status = status;
        session.currentProperty().addListener((obs, old, view) -> forgetHistoryOfOtherPlans(view));
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    // Commands

    /** Does {@code action} and records it for undo; every feature's undoable change comes here. */
    public void perform(UndoableAction action) {
        action.redo();
        history.push(action);
        sync();
    }

    public void undo() {
        long failuresBefore = status.failures();
        history.undo().ifPresent(a -> reportAfterWrites(I18n.t("undo.undid", a.description()), failuresBefore));
        sync();
    }

    public void redo() {
        long failuresBefore = status.failures();
        history.redo().ifPresent(a -> reportAfterWrites(I18n.t("undo.redid", a.description()), failuresBefore));
        sync();
    }

    /**
     * Shows {@code message} once the writes queued so far have committed (the worker runs in
     * order), and not at all if one of them failed: the status line never claims an unsaved change.
     */
    private void reportAfterWrites(String message, long failuresBefore) {
        runner.run(
                () -> {},
                () -> {
                    if (status.failures() == failuresBefore) {
                        status.report(message);
                    }
                },
                status::reportError);
    }

    private void sync() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    private void forgetHistoryOfOtherPlans(PlanSnapshot view) {
        if (view != null && view.plan().id() != historyPlanId) {
            historyPlanId = view.plan().id();
            history.clear();
            sync();
        }
    }
}
