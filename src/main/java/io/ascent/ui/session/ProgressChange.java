package io.ascent.ui.session;

import io.ascent.domain.MilestoneProgress;

/**
 * An undoable change of one milestone's progress. The first run is the edit itself (a tick goes
 * through the service's tick); undo writes {@code before} back and redo writes {@code after}.
 */
final class ProgressChange implements UndoableAction {

    /** Puts progress of a plan back as it was: the screen at once, the database in the background. */
    interface Restorer {
        void restore(long planId, MilestoneProgress replaced, MilestoneProgress progress);
    }

    private final Restorer restorer;
    private final long planId;
    private final MilestoneProgress before;
    private final MilestoneProgress after;
    private final String description;
    private Runnable firstRun;

    ProgressChange(
            Restorer restorer,
            long planId,
            MilestoneProgress before,
            MilestoneProgress after,
            String description,
            Runnable firstRun) {
        this.restorer = restorer;
        this.planId = planId;
        this.before = before;
        this.after = after;
        this.description = description;
        this.firstRun = firstRun;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() {
        restorer.restore(planId, after, before);
    }

    @Override
    public void redo() {
        // Only the first run is the edit (and reports "Saved."); undo and redo report themselves.
        Runnable edit = firstRun;
        firstRun = null;
        if (edit != null) {
            edit.run();
        } else {
            restorer.restore(planId, before, after);
        }
    }
}
