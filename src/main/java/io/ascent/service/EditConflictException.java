package io.ascent.service;

import io.ascent.domain.storage.EditConflict;
import io.ascent.text.I18n;

/**
 * An edit was not saved because another window or the command line saved a different change to
 * the same fields after the editor read them. The front end shows both and asks the user which to
 * keep; the message says what happened for a front end that cannot ask.
 */
public class EditConflictException extends RuntimeException {

    private final transient EditConflict<?> conflict;

    public EditConflictException(EditConflict<?> conflict) {
        super(I18n.t("conflict.notSaved"));
        this.conflict = conflict;
    }

    /** The conflict, typed as the save that met it was: progress, a rating, ... */
    @SuppressWarnings("unchecked")
    public <T> EditConflict<T> conflict() {
        return (EditConflict<T>) conflict;
    }
}
