package io.ascent.persistence.sqlite;

import io.ascent.domain.storage.Backup;
import io.ascent.domain.storage.DatabaseProblem;
import io.ascent.persistence.PersistenceException;
import io.ascent.persistence.PrivateFiles;
import io.ascent.text.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.sqlite.SQLiteConfig;

/**
 * The one SQLite file that holds a user's plans. Opening it creates the folder and file if
 * needed (readable by the owner only), refuses files it must not touch and says which problem
 * they have, sets the pragmas, backs the file up before migrating an older schema, and migrates.
 * One connection serves the app; callers serialize access through {@link #connection()}.
 */
public final class Database implements AutoCloseable {

    /**
     * How long a write waits for another Ascent window or process to finish its own. Ticks take
     * milliseconds, so anything longer than this is a program holding the file on purpose.
     */
    static final int BUSY_TIMEOUT_MILLIS = 3000;

    private final Path file;
    private final Connection connection;
    private final Transactions transactions;

    private Database(Path file, Connection connection, Transactions transactions) {
        this.file = file;
        this.connection = connection;
        this.transactions = transactions;
    }

    public static Database open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    /** Opens {@code file}; {@code clock} dates the backup taken before a migration. */
    public static Database open(Path file, Clock clock) {
        Path absolute = file.toAbsolutePath();
        boolean fresh = prepareFile(absolute);
        Connection connection = null;
        try {
            connection = connect(absolute);
            refuseForeignFile(connection, absolute);
            int version = Migrations.currentVersion(connection);
            if (version > Migrations.latestVersion()) {
                throw new DatabaseUnusableException(absolute, DatabaseProblem.NEWER_VERSION, null);
            }
            configure(connection);
            if (version > 0 && version < Migrations.latestVersion()) {
                Backups.beside(absolute, clock).create(connection, Backup.beforeMigration(Migrations.latestVersion()));
            }
            Transactions transactions = new Transactions(connection);
            Migrations.migrate(connection, transactions);
            return new Database(absolute, connection, transactions);
        } catch (SQLException e) {
            closeQuietly(connection);
            DatabaseProblem problem = DatabaseProblems.of(e);
            throw new DatabaseUnusableException(absolute, problem, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        } finally {
            if (fresh && connection == null) {
                // Nothing was ever stored in the empty file this call created.
                deleteQuietly(absolute);
            }
        }
    }

    /**
     * Checks what can be checked without SQLite (folder, header, permissions) and creates a new
     * file owner-only. True if the file was created here.
     */
    private static boolean prepareFile(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                PrivateFiles.createFolder(parent);
            }
        } catch (IOException e) {
            throw new PersistenceException(I18n.t("db.cannotCreateFolder", file, e.getMessage()), e);
        }
        if (Files.isDirectory(file)) {
            throw new DatabaseUnusableException(DatabaseProblem.OTHER, I18n.t("db.isFolder", file), null);
        }
        refuseToReplaceLostPlans(file);
        if (Files.exists(file)) {
            DatabaseProblems.checkHeader(file).ifPresent(problem -> {
                throw new DatabaseUnusableException(file, problem, null);
            });
            if (!Files.isReadable(file)) {
                throw new DatabaseUnusableException(file, DatabaseProblem.UNREADABLE, null);
            }
            PrivateFiles.tighten(file);
            if (!Files.isWritable(file) || file.getParent() != null && !Files.isWritable(file.getParent())) {
                throw new DatabaseUnusableException(file, DatabaseProblem.READ_ONLY, null);
            }
            return false;
        }
        try {
            PrivateFiles.createFile(file);
            return true;
        } catch (IOException e) {
            DatabaseProblem problem = Files.exists(file) ? DatabaseProblem.OTHER : DatabaseProblem.READ_ONLY;
            throw new DatabaseUnusableException(file, problem, e);
        }
    }

    /**
     * A missing or empty file with backups beside it lost its plans (deleted, truncated by a sync
     * tool): opening it would make a new, empty database and back that up daily.
     */
    private static void refuseToReplaceLostPlans(Path file) {
        boolean empty;
        try {
            empty = !Files.exists(file) || Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            empty = false;
        }
        if (empty && !Backups.beside(file, Clock.systemUTC()).list().isEmpty()) {
            throw new DatabaseUnusableException(file, DatabaseProblem.MISSING, null);
        }
    }

    static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // A transaction takes the write lock when it begins, so a second window waits for the
        // first (busy timeout) instead of failing half-way with SQLITE_BUSY.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /**
     * Reads the schema before anything is written (the switch to WAL included): a damaged file
     * fails here, and a SQLite file of another program is refused untouched. A file with tables is
     * Ascent's if it carries Ascent's application id, or, made before Ascent set one (id 0), if it
     * has a schema version and Ascent's {@code plan} table. Another program's {@code user_version}
     * alone proves nothing: many programs use it.
     */
    private static void refuseForeignFile(Connection connection, Path file) throws SQLException {
        try (Statement st = connection.createStatement()) {
            boolean hasTables;
            boolean hasPlanTable;
            try (var rs = st.executeQuery("SELECT count(*), count(CASE WHEN type = 'table' AND name = 'plan' "
                    + "THEN 1 END) FROM sqlite_master")) {
                hasTables = rs.getInt(1) > 0;
                hasPlanTable = rs.getInt(2) > 0;
            }
            int applicationId = Migrations.applicationId(connection);
            boolean ascent = applicationId == Migrations.APPLICATION_ID
                    || applicationId == 0 && hasPlanTable && Migrations.currentVersion(connection) > 0;
            if (hasTables && !ascent) {
                throw new DatabaseUnusableException(file, DatabaseProblem.FOREIGN, null);
            }
        }
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            // WAL lets a second Ascent window read while the first writes, and never leaves a
            // half-written page in the database file if the process is killed.
            st.execute("PRAGMA journal_mode = WAL");
            // NORMAL in WAL mode is durable against application crashes, which is what a
            // tick needs; FULL would add an fsync per tick for power-loss safety only.
            st.execute("PRAGMA synchronous = NORMAL");
        }
    }

    /** What the triggers of a reached plan say (migration V6) when a write would change it. */
    static final String PLAN_REACHED = "ascent: plan reached";

    /** A storage failure in words, for repositories that meet one after the file was opened. */
    static String explain(Path file, SQLException e) {
        if (String.valueOf(e.getMessage()).contains(PLAN_REACHED)) {
            return I18n.t("persist.planReached");
        }
        DatabaseProblem problem = DatabaseProblems.of(e);
        // Found while working: the way out is the File menu, which keeps the damaged state as a backup too.
        return problem == DatabaseProblem.CORRUPT
                ? I18n.t("db.damagedInUse", file)
                : DatabaseProblems.message(file, problem, e);
    }

    public Path file() {
        return file;
    }

    /** The shared connection. Use it inside {@code synchronized (database)} blocks. */
    public Connection connection() {
        return connection;
    }

    /** Runs {@code work} as one transaction on the shared connection: all of it is committed, or none. */
    synchronized <T> T inTransaction(Transactions.Work<T> work) throws SQLException {
        return transactions.run(work);
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
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

    private static void deleteQuietly(Path file) {
        try {
            if (Files.size(file) == 0) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // An empty file left behind is harmless: it opens as a new database.
        }
    }
}
