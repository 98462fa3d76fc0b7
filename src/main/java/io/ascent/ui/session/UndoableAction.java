package io.ascent.ui.session;

/**
 * A change the user can take back with Ctrl+Z. {@link #redo()} makes the change (also the first
 * time, through {@link EditHistory#perform(UndoableAction)}); {@link #undo()} restores the state
 * before it. Both write through the services, so undo reaches the database, not just the screen.
 */
public interface UndoableAction {

    /** What the action did, for "Undid: ..." in the status bar, e.g. {@code ticked 'Ran an A/B test'}. */
    String description();

    void undo();

    void redo();
}
