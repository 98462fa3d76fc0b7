package io.ascent.ui.session;

import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Win;
import io.ascent.text.I18n;
import java.util.Optional;

/**
 * An undoable change of one win: logging it (nothing before), editing it, or removing it
 * (nothing after). Undoing a removal logs the win again under a new id, so the action keeps
 * what is stored now, updated by the background worker in order.
 */
final class WinChange implements UndoableAction {

    /** What the database holds for this win now; read and written on the worker, in order. */
    static final class Stored {
        private volatile Optional<Win> win;

        Stored(Optional<Win> win) {
            this.win = win;
        }

        Optional<Win> get() {
            return win;
        }

        void set(Optional<Win> stored) {
            win = stored;
        }
    }

    private final WinsSession wins;
    private final PlanSnapshot view;
    private final Optional<Win> before;
    private final Optional<Win> after;
    private final String description;
    private final Stored stored;
    private boolean first = true;

    WinChange(WinsSession wins, PlanSnapshot view, Optional<Win> before, Optional<Win> after, String description) {
        this.wins = wins;
        this.view = view;
        this.before = before;
        this.after = after;
        this.description = description;
        this.stored = new Stored(before);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() {
        // EditHistory says "Undid: ..." once the write committed.
        wins.write(view, stored, before, "");
    }

    @Override
    public void redo() {
        String report = first ? I18n.t("win.saved") : "";
        first = false;
        wins.write(view, stored, after, report);
    }
}
