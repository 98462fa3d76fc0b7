package io.ascent.persistence.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteConfig;

/** How Ascent connects to SQLite files: the settings every writing connection has. */
final class Connections {

    /**
     * How long a write waits for another Ascent window or process to finish its own. Ticks take
     * milliseconds, so anything longer than this is a program holding the file on purpose.
     */
    static final int BUSY_TIMEOUT_MILLIS = 3000;

    /** How long the switch to WAL sleeps between tries while another connection writes. */
    private static final long RETRY_MILLIS = 5;

    private Connections() {}

    /** A connection that may write, with the busy timeout and immediate transactions, not yet configured. */
    static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // A transaction takes the write lock when it begins, so a second window waits for the
        // first (busy timeout) instead of failing half-way with SQLITE_BUSY.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /** The working database's connection: foreign keys on, WAL, synchronous NORMAL. */
    static Connection readWrite(Path file) throws SQLException {
        Connection connection = connect(file);
        try {
            configure(connection);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            // WAL lets a second Ascent window read while the first writes, and never leaves a
            // half-written page in the database file if the process is killed.
            switchToWal(st);
            // NORMAL in WAL mode is durable against application crashes, which is what a
            // tick needs; FULL would add an fsync per tick for power-loss safety only.
            st.execute("PRAGMA synchronous = NORMAL");
        }
    }

    /**
     * Switches the file to WAL, waiting for another connection's write as long as any write waits.
     * The switch writes the first page of a new file, and SQLite does not wait for the write lock
     * there (its busy handler is skipped when a read turns into a write): several Ascents making
     * one new file at once got "database is locked" at once, and the loser's clean-up then pulled
     * the file from under the winner (ConcurrentCreationTest).
     */
    private static void switchToWal(Statement st) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUSY_TIMEOUT_MILLIS);
        while (true) {
            try {
                st.execute("PRAGMA journal_mode = WAL");
                return;
            } catch (SQLException e) {
                if (DatabaseProblems.code(e) != DatabaseProblems.SQLITE_BUSY || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException stop) {
                    // Told to stop waiting: the file is as locked as SQLite said.
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing is best effort: the data is already committed.
        }
    }
}
