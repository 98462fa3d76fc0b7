package io.ascent.ui.session;

import io.ascent.ui.common.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the window's status line says: the last thing that worked, or the last failure in words.
 * Every session and command of the window reports here, so one line tells the user what happened.
 */
public class StatusLine {

    // Properties
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long failures;

    /** The last success, e.g. "Saved."; empty after a failure. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last failure, in words; empty when the last action worked. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    // Commands

    /** Shows a success, e.g. "Saved." or what a restore did, and clears the last failure. */
    public void report(String message) {
        status.set(message);
        clearError();
    }

    /** Shows a failure in words. */
    public void reportError(Throwable e) {
        failures++;
        error.set(Messages.of(e));
        status.set("");
    }

    /** Takes the last failure off the line, leaving the status as it is. */
    void clearError() {
        error.set("");
    }

    /** How many failures have been reported; lets a caller tell whether work queued since failed. */
    long failures() {
        return failures;
    }
}
