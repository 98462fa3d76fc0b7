package io.ascent.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoStackTest {

    private final List<String> log = new ArrayList<>();

    private UndoableAction action(String name) {
        return new UndoableAction() {
            @Override
            public String description() {
                return name;
            }

            @Override
            public void undo() {
                log.add("undo " + name);
            }

            @Override
            public void redo() {
                log.add("redo " + name);
            }
        };
    }

    @Test
    void undoTakesBackTheLatestActionFirstAndRedoReappliesIt() {
        UndoStack stack = new UndoStack(10);
        stack.push(action("a"));
        stack.push(action("b"));

        assertThat(stack.undo()).map(UndoableAction::description).contains("b");
        assertThat(stack.undo()).map(UndoableAction::description).contains("a");
        assertThat(stack.redo()).map(UndoableAction::description).contains("a");

        assertThat(log).containsExactly("undo b", "undo a", "redo a");
        assertThat(stack.canUndo()).isTrue();
        assertThat(stack.canRedo()).isTrue();
    }

    @Test
    void aNewActionClearsWhatCouldBeRedone() {
        UndoStack stack = new UndoStack(10);
        stack.push(action("a"));
        stack.undo();

        stack.push(action("b"));

        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.redo()).isEmpty();
        assertThat(log).containsExactly("undo a");
    }

    @Test
    void nothingToUndoOrRedoDoesNothing() {
        UndoStack stack = new UndoStack(10);

        assertThat(stack.undo()).isEmpty();
        assertThat(stack.redo()).isEmpty();
        assertThat(log).isEmpty();
    }

    @Test
    void beyondItsCapacityTheOldestActionsAreForgotten() {
        UndoStack stack = new UndoStack(3);
        for (String name : List.of("a", "b", "c", "d", "e")) {
            stack.push(action(name));
        }

        while (stack.undo().isPresent()) {
            // undo everything that is remembered
        }

        assertThat(stack.undoSize()).isZero();
        assertThat(log).containsExactly("undo e", "undo d", "undo c");
    }

    @Test
    void clearForgetsBothDirections() {
        UndoStack stack = new UndoStack(3);
        stack.push(action("a"));
        stack.push(action("b"));
        stack.undo();

        stack.clear();

        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.canRedo()).isFalse();
    }

    @Test
    void aStackWithoutRoomIsRefused() {
        assertThatThrownBy(() -> new UndoStack(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
