package io.ascent.persistence.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Runs work as one immediate transaction on the shared connection. BEGIN and COMMIT are
 * prepared statements rather than {@code setAutoCommit(false)} and {@code commit()}: the driver
 * opens a second, empty immediate transaction after every such commit, one more write lock per
 * tick (bench/run, figure "tick").
 */
final class Transactions {

    private final Connection connection;
    private PreparedStatement begin;
    private PreparedStatement commit;
    private PreparedStatement rollback;

    Transactions(Connection connection) {
        this.connection = connection;
    }

    /** Commits what {@code work} did, or rolls all of it back when it fails. Callers hold the database's lock. */
    <T> T run(Database.Work<T> work) throws SQLException {
        if (begin == null) {
            begin = connection.prepareStatement("BEGIN IMMEDIATE");
            commit = connection.prepareStatement("COMMIT");
            rollback = connection.prepareStatement("ROLLBACK");
        }
        begin.executeUpdate();
        try {
            T result = work.run(connection);
            commit.executeUpdate();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                rollback.executeUpdate();
            } catch (SQLException notInTransaction) {
                // SQLite already rolled back (e.g. a failed COMMIT): the first error tells why.
                e.addSuppressed(notInTransaction);
            }
            throw e;
        }
    }
}
