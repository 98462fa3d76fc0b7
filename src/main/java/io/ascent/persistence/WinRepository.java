package io.ascent.persistence;

import io.ascent.domain.Win;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a plan's wins are kept. An edit or a removal names the win as the editor saw it and
 * changes nothing if the stored win differs (another window or the command line changed it
 * meanwhile): the caller gets the stored win back and decides. Failures are
 * {@link PersistenceException}s.
 */
public interface WinRepository {

    /** The plan's wins, newest first. A win whose stored date cannot be read is left out. */
    List<Win> findByPlan(long planId);

    /** Stores a new win of the plan (its id is ignored) and returns it with its id. */
    Win insert(long planId, Win win, Instant now);

    /** Stores {@code wins} as new wins of the plan in one transaction: all of them, or none on a failure. */
    List<Win> insertAll(long planId, List<Win> wins, Instant now);

    /**
     * Replaces {@code expected} by {@code wanted} (same id) if the stored win still equals
     * {@code expected}; returns the stored win as it is now: {@code wanted} when it was written,
     * the other change or empty (removed meanwhile) when it was not.
     */
    Optional<Win> update(long planId, Win expected, Win wanted, Instant now);

    /**
     * Removes {@code expected} if it is stored as given; returns true when removed. A win changed
     * or removed meanwhile is left as it is.
     */
    boolean delete(long planId, Win expected, Instant now);
}
