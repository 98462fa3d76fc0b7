package io.ascent.persistence;

/**
 * A number that moves whenever another connection (another window, the command line) commits to
 * the database; the same number means nothing was changed elsewhere. Failures are
 * {@link PersistenceException}s.
 */
public interface ChangeCounter {

    long changesElsewhere();
}
