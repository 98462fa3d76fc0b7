package io.ascent.ui.session;

import io.ascent.domain.MilestoneProgress;

/** An undoable change of one milestone's progress: redo writes {@code after}, undo writes {@code before}. */
final class ProgressChange implements UndoableAction {

    /** Writes progress of a plan: the screen at once, the database in the background. */
    interface Writer {
        void write(long planId, MilestoneProgress replaced, MilestoneProgress progress, String savedMessage);
    }

    private final Writer writer;
    private final long planId;
    private final MilestoneProgress before;
    private final MilestoneProgress after;
    private final String description;
    private String firstSavedMessage;

    ProgressChange(
            Writer writer,
            long planId,
            MilestoneProgress before,
            MilestoneProgress after,
            String description,
            String savedMessage) {
        this.writer = writer;
        this.planId = planId;
        this.before = before;
        this.after = after;
        this.description = description;
        this.firstSavedMessage = savedMessage;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() {
        writer.write(planId, after, before, null);
    }

    @Override
    public void redo() {
        // Only the first run reports "Saved."; undo and redo report themselves.
        String message = firstSavedMessage;
        firstSavedMessage = null;
        writer.write(planId, before, after, message);
    }
}
