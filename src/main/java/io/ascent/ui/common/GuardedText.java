package io.ascent.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Text the user types into a field that saves itself, held against what is stored. When the stored
 * text is read again (another window or the command line changed it), the field takes it only if
 * nothing unsaved is in it. Otherwise what was typed stays, the stored version is shown beside it
 * ({@link #theirsProperty}) and nothing is saved until the user keeps one of them.
 */
public final class GuardedText {

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<String> theirs = new ReadOnlyObjectWrapper<>();
    // The stored text the field's text was made from: typing away from it is unsaved.
    private String base = "";
    private boolean setting;

    // Properties

    /** What the field shows; bind the control to it. */
    public StringProperty textProperty() {
        return text;
    }

    /** The text saved elsewhere that conflicts with what was typed; null when there is none. */
    public ReadOnlyObjectProperty<String> theirsProperty() {
        return theirs.getReadOnlyProperty();
    }

    public String text() {
        return text.get() == null ? "" : text.get();
    }

    /** True while the text is being set from the database, not typed. */
    public boolean isSetting() {
        return setting;
    }

    /** True while the user must choose between what was typed and what was saved elsewhere. */
    public boolean inConflict() {
        return theirs.get() != null;
    }

    // Commands

    /** Shows {@code stored} in place of anything else, e.g. when another item is shown. */
    public void reset(String stored) {
        theirs.set(null);
        base = stored;
        set(stored);
    }

    /** The stored text as read again: taken unless unsaved text differs from it. */
    public void stored(String stored) {
        if (inConflict()) {
            theirs.set(stored.equals(text()) ? null : stored);
        } else if (stored.equals(base)) {
            return;
        } else if (text().equals(base)) {
            set(stored);
        } else if (!stored.equals(text())) {
            theirs.set(stored);
        }
        base = stored;
    }

    /** A save of the typed text met {@code stored}, saved elsewhere: keep the text, show that beside it. */
    public void conflict(String stored) {
        base = stored;
        theirs.set(stored.equals(text()) ? null : stored);
    }

    /** A save of the typed text failed and {@code stored} is still stored: the text stays unsaved. */
    public void notSaved(String stored) {
        base = stored;
    }

    /** The typed text goes to be saved: it is what is stored from now on (or comes back through {@link #notSaved}). */
    public void saving() {
        base = text();
    }

    /** The user keeps what they typed: it may be saved again, over the stored text. */
    public void keepMine() {
        theirs.set(null);
    }

    /** The user takes the text saved elsewhere: the field shows it, and nothing is saved. */
    public void takeTheirs() {
        String stored = theirs.get();
        if (stored != null) {
            theirs.set(null);
            base = stored;
            set(stored);
        }
    }

    private void set(String value) {
        setting = true;
        try {
            text.set(value);
        } finally {
            setting = false;
        }
    }
}
