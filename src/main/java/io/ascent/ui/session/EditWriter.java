package io.ascent.ui.session;

import io.ascent.domain.storage.EditConflict;
import io.ascent.service.EditConflictException;
import io.ascent.text.I18n;
import io.ascent.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * How the window saves one kind of edited value (a milestone's progress, a competency's rating):
 * shown at once, saved behind the work already queued on top of what it was based on, put back if
 * the save fails. A save that meets a change saved elsewhere ({@link EditConflictException}) shows
 * what is stored and lets the user choose: text typed in a field waits beside it (the field asks
 * {@link #conflictShown}), anything else is asked ({@link Screen#keepMine}). Used on the JavaFX
 * thread; the saves run on the worker.
 */
final class EditWriter<T> {

    /** One edited thing: a milestone or a competency of a plan. */
    record Key(long planId, String id) {

        String chained() {
            return planId + ":" + id;
        }
    }

    /** Where the edited values are shown, and how a save is asked for. */
    interface Screen<T> {

        /** True if the screen shows {@code value} for {@code key}. */
        boolean shows(Key key, T value);

        /** Shows {@code value} for {@code key} (an edit, or what is stored). */
        void show(Key key, T value);

        /** The work that saves {@code wanted} over a given base and returns what is stored; made on this thread. */
        UnaryOperator<T> saving(Key key, T wanted);

        /** Asks whether to keep the user's change over the one saved elsewhere. */
        boolean keepMine(Key key, EditConflict<T> conflict);
    }

    private final TaskRunner runner;
    private final StatusLine status;
    private final Screen<T> screen;
    private final List<String> textFields;
    private final SaveChain<T> chain = new SaveChain<>();
    private boolean rollingBack;
    private Key conflictKey;
    private EditConflict<T> conflictShown;

    EditWriter(TaskRunner runner, StatusLine status, Screen<T> screen, List<String> textFields) {
        this.runner = runner;
        this.status = status;
        this.screen = screen;
        this.textFields = List.copyOf(textFields);
    }

    /** True while the screen is put back after a failed save: typed text stays, to be tried again. */
    boolean isRollingBack() {
        return rollingBack;
    }

    /** While {@code key}'s field is shown the value saved elsewhere that typed text met: that conflict. */
    Optional<EditConflict<T>> conflictShown(Key key) {
        return key.equals(conflictKey) ? Optional.of(conflictShown) : Optional.empty();
    }

    /** Shows {@code wanted} and saves it as the screen saves values; {@code savedMessage} may be null. */
    void write(Key key, T replaced, T wanted, String savedMessage, boolean typed) {
        write(key, replaced, wanted, screen.saving(key, wanted), savedMessage, typed);
    }

    /**
     * Shows {@code wanted} at once and runs {@code save} (given what it replaces as stored) behind
     * the work already queued; {@code savedMessage} (if any) is reported once it committed.
     * {@code typed}: text typed in a field, which shows a conflict itself.
     */
    void write(Key key, T replaced, T wanted, UnaryOperator<T> save, String savedMessage, boolean typed) {
        screen.show(key, wanted);
        AtomicReference<T> basis = new AtomicReference<>(replaced);
        runner.run(
                () -> {
                    T base = chain.base(key.chained(), replaced);
                    basis.set(base);
                    try {
                        T stored = save.apply(base);
                        chain.saved(key.chained());
                        return stored;
                    } catch (RuntimeException e) {
                        chain.notSaved(key.chained(), wanted, base);
                        throw e;
                    }
                },
                stored -> {
                    // Stored differs from what was shown when the service merged a change saved
                    // elsewhere (or dated a tick by its clock after midnight).
                    if (!stored.equals(wanted) && screen.shows(key, wanted)) {
                        screen.show(key, stored);
                    }
                    if (savedMessage != null) {
                        status.report(savedMessage);
                    }
                },
                e -> {
                    status.reportError(e);
                    // A later edit on screen carries this one (SaveChain) and reports for both.
                    if (!screen.shows(key, wanted)) {
                        return;
                    }
                    if (e instanceof EditConflictException c) {
                        conflicted(key, c.conflict(), savedMessage, typed);
                        return;
                    }
                    rollingBack = true;
                    try {
                        screen.show(key, basis.get());
                    } finally {
                        rollingBack = false;
                    }
                });
    }

    /** The edit met a change saved elsewhere in the same fields: show what is stored, and let the user choose. */
    private void conflicted(Key key, EditConflict<T> conflict, String savedMessage, boolean typed) {
        T stored = conflict.stored();
        T theirs = conflict.takeTheirs();
        if (typed && conflict.onlyIn(textFields)) {
            // The text waits beside its field; edits of other fields made with it are no conflict.
            conflictKey = key;
            conflictShown = conflict;
            try {
                screen.show(key, theirs);
            } finally {
                conflictKey = null;
                conflictShown = null;
            }
            if (!theirs.equals(stored)) {
                write(key, stored, theirs, null, true);
            }
            return;
        }
        screen.show(key, stored);
        String saved = savedMessage != null ? savedMessage : I18n.t("session.saved");
        if (screen.keepMine(key, conflict)) {
            write(key, stored, conflict.keepMine(), saved, false);
        } else if (!theirs.equals(stored)) {
            write(key, stored, theirs, saved, false);
        } else {
            status.report(I18n.t("conflict.tookTheirs"));
        }
    }
}
