package io.ascent.persistence;

import io.ascent.domain.storage.DatabaseProblem;
import io.ascent.domain.text.I18n;
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

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
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
                throw new DatabaseUnusableException(absolute, DatabaseProblem.NEWER_VERSION,
                        DatabaseProblems.message(absolute, DatabaseProblem.NEWER_VERSION, null), null);
            }
            configure(connection);
            if (version > 0 && version < Migrations.latestVersion()) {
                Backups.beside(absolute, clock).create(connection, "before-v" + Migrations.latestVersion());
            }
            Migrations.migrate(connection);
            return new Database(absolute, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            DatabaseProblem problem = DatabaseProblems.of(e);
            throw new DatabaseUnusableException(absolute, problem, DatabaseProblems.message(absolute, problem, e), e);
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
            throw new DatabaseUnusableException(file, DatabaseProblem.OTHER, I18n.t("db.isFolder", file), null);
        }
        if (Files.exists(file)) {
            DatabaseProblems.checkHeader(file).ifPresent(problem -> {
                throw new DatabaseUnusableException(file, problem, DatabaseProblems.message(file, problem, null), null);
            });
            if (!Files.isWritable(file) || file.getParent() != null && !Files.isWritable(file.getParent())) {
                throw new DatabaseUnusableException(file, DatabaseProblem.READ_ONLY,
                        DatabaseProblems.message(file, DatabaseProblem.READ_ONLY, null), null);
            }
            return false;
        }
        try {
            PrivateFiles.createFile(file);
            return true;
        } catch (IOException e) {
            DatabaseProblem problem = Files.exists(file) ? DatabaseProblem.OTHER : DatabaseProblem.READ_ONLY;
            throw new DatabaseUnusableException(file, problem, DatabaseProblems.message(file, problem, null), e);
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
     * Reads the schema before anything is written: a damaged file fails here, and a SQLite file
     * of another program (tables but no Ascent schema version) is refused untouched.
     */
    private static void refuseForeignFile(Connection connection, Path file) throws SQLException {
        try (Statement st = connection.createStatement()) {
            int tables;
            try (var rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                tables = rs.getInt(1);
            }
            if (tables > 0 && Migrations.currentVersion(connection) == 0) {
                throw new DatabaseUnusableException(file, DatabaseProblem.FOREIGN,
                        DatabaseProblems.message(file, DatabaseProblem.FOREIGN, null), null);
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

    /** A storage failure in words, for repositories that meet one after the file was opened. */
    static String explain(Path file, SQLException e) {
        DatabaseProblem problem = DatabaseProblems.of(e);
        // Found while working: the way out is the File menu, which keeps the damaged state as a backup too.
        return problem == DatabaseProblem.CORRUPT ? I18n.t("db.damagedInUse", file)
                : DatabaseProblems.message(file, problem, e);
    }

    public Path file() {
        return file;
    }

    /** The shared connection. Use it inside {@code synchronized (database)} blocks. */
    public Connection connection() {
        return connection;
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
