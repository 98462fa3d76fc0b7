package io.ascent.persistence.sqlite;

import io.ascent.domain.storage.SaveResult;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one way an edited row is written: only if it still holds what the editor was shown. The row
 * is read inside the write transaction, whose {@code BEGIN IMMEDIATE} holds the database's write
 * lock, so no other window or command can write between the comparison and the write. A row that
 * changed meanwhile is returned as it is stored now and nothing is written; what to do then is
 * the service's decision ({@code service.GuardedSave}). Every later kind of edited row (own
 * milestones, wins, plan edits, review drafts) writes through here with its own reader and writer.
 */
final class CompareAndSet {

    /** Reads the row as the domain value the editor compares (a missing row has a value too, e.g. "to do"). */
    @FunctionalInterface
    interface Reader<T> {
        T read(Connection connection) throws SQLException;
    }

    /** Writes the row (an upsert, or a delete for a value that means "nothing stored"). */
    @FunctionalInterface
    interface Writer<T> {
        void write(Connection connection, T value) throws SQLException;
    }

    /**
     * Writes the row in one statement only if it holds {@code expected} as the writer stores it; false
     * when it wrote nothing (changed elsewhere, or stored in a way the statement cannot compare).
     */
    @FunctionalInterface
    interface WriterIf<T> {
        boolean write(Connection connection, T expected, T wanted) throws SQLException;
    }

    private CompareAndSet() {}

    /**
     * Writes {@code wanted} in one transaction if the row reads as {@code expected}; a failure is
     * worded as failing to do {@code what}.
     */
    static <T> SaveResult<T> save(
            Database database, String what, T expected, T wanted, Reader<T> reader, Writer<T> writer) {
        return save(database, what, expected, wanted, (c, e, w) -> false, reader, writer);
    }

    /**
     * The same, trying {@code fast} first: one conditional statement for the usual case, where
     * nobody changed the row (a tick costs no read then). Only when it writes nothing is the row
     * read and compared as a domain value.
     */
    static <T> SaveResult<T> save(
            Database database,
            String what,
            T expected,
            T wanted,
            WriterIf<T> fast,
            Reader<T> reader,
            Writer<T> writer) {
        return database.write(what, c -> {
            if (fast.write(c, expected, wanted)) {
                return SaveResult.saved(wanted);
            }
            T stored = reader.read(c);
            if (!stored.equals(expected)) {
                return SaveResult.stale(stored);
            }
            if (!stored.equals(wanted)) {
                writer.write(c, wanted);
            }
            return SaveResult.saved(wanted);
        });
    }
}
