package io.ascent.service;

import io.ascent.persistence.ChangeCounter;

/**
 * Whether another window or the command line changed the database since this front end last
 * looked. Cheap enough to ask every few seconds (one pragma, no table read); ask off the JavaFX
 * thread, like every database call.
 */
public class OutsideChanges {

    private final ChangeCounter counter;
    private long seen;

    /** Starts from the database as it is now: what was read after this counts as seen. */
    public OutsideChanges(ChangeCounter counter) {
        this.counter = counter;
        this.seen = counter.changesElsewhere();
    }

    /** True once for each time the database was changed elsewhere since the last call. */
    public synchronized boolean sinceLastLook() {
        long now = counter.changesElsewhere();
        boolean changed = now != seen;
        seen = now;
        return changed;
    }
}
