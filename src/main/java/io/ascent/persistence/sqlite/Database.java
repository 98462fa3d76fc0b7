package io.ascent.persistence.sqlite;

import io.ascent.domain.storage.DatabaseProblem;
import io.ascent.persistence.ChangeCounter;
import io.ascent.persistence.PersistenceException;
import io.ascent.persistence.PrivateFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one SQLite file that holds a user's plans. Opening it resolves its real path, refuses files
 * it must not touch and says which problem they have ({@link DatabaseFiles}, {@link Ownership}),
 * creates a new one only when asked to, sets the pragmas, backs the file up before migrating an
 * older schema, and migrates. One connection serves the app; repositories reach it only through
 * {@link #read} and {@link #write}, which hold the lock and word failures by SQLite's result
 * codes. Once SQLite reports damage, nothing more is written to the file.
 */
public final class Database implements ChangeCounter, AutoCloseable {

    /** Work on the shared connection; see {@link #read}, {@link #write}, {@link #withConnection}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final Transactions transactions;
    private final Optional<DatabaseUnusableException> readOnly;
    private final List<String> notices;
    private volatile DatabaseUnusableException damage;

    private Database(
            Path file, Connection connection, Optional<DatabaseUnusableException> readOnly, List<String> notices) {
        this.file = file;
        this.connection = connection;
        this.transactions = new Transactions(connection);
        this.readOnly = readOnly;
        this.notices = List.copyOf(notices);
    }

    /** The path {@code file} really lives at (links resolved), where its backups and -wal are. */
    public static Path realPath(Path file) {
        return DatabaseFiles.resolve(file);
    }

    public static Database open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    /** Opens {@code file} as the window does; {@code clock} dates the backup taken before a migration. */
    public static Database open(Path file, Clock clock) {
        return open(file, clock, Opening.WINDOW);
    }

    /** Opens {@code file} as {@code how} says; {@code clock} dates the backup taken before a migration. */
    public static Database open(Path file, Clock clock, Opening how) {
        Path real = DatabaseFiles.resolve(file);
        boolean fresh = DatabaseFiles.prepare(real, how.create(), clock);
        Set<Path> sidecars = DatabaseFiles.sidecars(real);
        try {
            return open(real, clock, how, fresh);
        } catch (RuntimeException e) {
            if (refusedByItsChecks(e)) {
                // A refused file is left as it was found: no -wal or -shm that reading it made.
                DatabaseFiles.removeSidecarsMadeSince(real, sidecars);
            }
            throw e;
        }
    }

    /**
     * Whether Ascent refused the file by its own checks (another program's, a newer Ascent's,
     * damaged, not writable), not because SQLite failed: a lock or an I/O error may be another
     * Ascent at work on the file, whose -wal and -shm are in use and must stay.
     */
    private static boolean refusedByItsChecks(RuntimeException e) {
        return e instanceof DatabaseUnusableException && !(e.getCause() instanceof SQLException);
    }

    private static Database open(Path real, Clock clock, Opening how, boolean fresh) {
        int version = fresh ? 0 : Ownership.check(real);
        Database database;
        try {
            database = openWritable(real, clock);
        } catch (DatabaseUnusableException e) {
            if (!how.readOnlyFallback() || !e.problem().readableAnyway()) {
                throw e;
            }
            database = ReadOnlyOpening.open(real, version, e);
        }
        if (how.verify()) {
            try {
                database.verify();
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        }
        return database;
    }

    /**
     * A new file that fails here before its first page is written stays, empty (it opens as a new
     * database next time): another Ascent may have opened it meanwhile, and deleting it would leave
     * that one writing to a file nobody can find.
     */
    private static Database openWritable(Path file, Clock clock) {
        DatabaseFiles.requireWritable(file);
        PrivateFiles.tighten(file);
        Connection connection = null;
        try {
            connection = Connections.readWrite(file);
            Transactions transactions = new Transactions(connection);
            List<String> notices = Migrations.migrate(
                    connection,
                    transactions,
                    () -> Backups.beside(file, clock).beforeMigration(Migrations.latestVersion()));
            return new Database(file, connection, Optional.empty(), notices);
        } catch (SQLException e) {
            Connections.closeQuietly(connection);
            throw DatabaseProblems.unusable(file, e);
        } catch (RuntimeException e) {
            Connections.closeQuietly(connection);
            throw e;
        }
    }

    /** A database opened by {@link ReadOnlyOpening}: reads work, writes are refused with {@code reason}. */
    static Database readOnly(Path file, Connection connection, DatabaseUnusableException reason) {
        return new Database(file, connection, Optional.of(reason), List.of());
    }

    public Path file() {
        return file;
    }

    /** The database and the files kept for it ({@code -wal}, {@code -shm}, backups): nothing may be written over them. */
    public List<Path> ownFiles() {
        return DatabaseFiles.ownFiles(
                file, Backups.beside(file, Clock.systemUTC()).folder());
    }

    /** What opening did that the user should be told once (plans renamed by a migration). */
    public List<String> notices() {
        return notices;
    }

    /** Why this database was opened read-only, if it was. */
    public Optional<String> readOnlyReason() {
        return readOnly.map(Throwable::getMessage);
    }

    /**
     * Reads every page ({@code PRAGMA quick_check}). A damaged file is remembered as such, so
     * that nothing more is written to it, and reported as {@link DatabaseProblem#CORRUPT}.
     */
    public void verify() {
        read(null, c -> {
            try (Statement st = c.createStatement();
                    var rs = st.executeQuery("PRAGMA quick_check")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) {
                    damage = new DatabaseUnusableException(file, DatabaseProblem.CORRUPT, null);
                    throw damage;
                }
            }
            return null;
        });
    }

    /**
     * SQLite's {@code PRAGMA data_version} on the app's connection: it moves when another
     * connection (another window, the command line) commits, never for this one's own writes.
     */
    @Override
    public long changesElsewhere() {
        return read(null, c -> {
            try (Statement st = c.createStatement();
                    var rs = st.executeQuery("PRAGMA data_version")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Runs {@code work} under the lock; a failure is worded as failing to do {@code what}. */
    synchronized <T> T read(String what, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * Runs {@code work} as one transaction under the lock: all of it is committed, or none. Refused
     * before anything is written if the file was opened read-only or SQLite found damage in it.
     */
    synchronized <T> T write(String what, Work<T> work) {
        DatabaseUnusableException refusal = damage != null ? damage : readOnly.orElse(null);
        if (refusal != null) {
            throw DatabaseProblems.refused(file, what, refusal);
        }
        try {
            return transactions.run(work);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** The shared connection for backups and restores, which hold the lock themselves. */
    Connection connection() {
        return connection;
    }

    /**
     * Runs {@code work} on the shared connection holding the database's lock, for tests and tools
     * that need plain SQL. Nothing here checks for damage or read-only opening: ordinary code
     * goes through the repositories.
     */
    public synchronized <T> T withConnection(Work<T> work) throws SQLException {
        return work.run(connection);
    }

    private PersistenceException failure(String what, SQLException e) {
        PersistenceException failure = DatabaseProblems.failure(file, what, e);
        if (failure instanceof DatabaseUnusableException u && u.problem() == DatabaseProblem.CORRUPT) {
            damage = new DatabaseUnusableException(file, DatabaseProblem.CORRUPT, e);
        }
        return failure;
    }

    @Override
    public synchronized void close() {
        Connections.closeQuietly(connection);
    }
}
