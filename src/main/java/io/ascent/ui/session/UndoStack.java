package io.ascent.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The undo and redo history of one plan. A new action clears what could be redone; the oldest
 * actions are forgotten beyond {@code capacity}, so a long session does not grow without bound.
 */
public final class UndoStack {

    public static final int DEFAULT_CAPACITY = 200;

    private final int capacity;
    private final Deque<UndoableAction> undoable = new ArrayDeque<>();
    private final Deque<UndoableAction> redoable = new ArrayDeque<>();

    public UndoStack(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Records an action that has just been done. */
    public void push(UndoableAction action) {
        undoable.push(action);
        redoable.clear();
        while (undoable.size() > capacity) {
            undoable.removeLast();
        }
    }

    /** Undoes the latest action, if any, and returns it. */
    public Optional<UndoableAction> undo() {
        UndoableAction action = undoable.poll();
        if (action == null) {
            return Optional.empty();
        }
        action.undo();
        redoable.push(action);
        return Optional.of(action);
    }

    /** Redoes the latest undone action, if any, and returns it. */
    public Optional<UndoableAction> redo() {
        UndoableAction action = redoable.poll();
        if (action == null) {
            return Optional.empty();
        }
        action.redo();
        undoable.push(action);
        return Optional.of(action);
    }

    public boolean canUndo() {
        return !undoable.isEmpty();
    }

    public boolean canRedo() {
        return !redoable.isEmpty();
    }

    public int undoSize() {
        return undoable.size();
    }

    public void clear() {
        undoable.clear();
        redoable.clear();
    }
}
