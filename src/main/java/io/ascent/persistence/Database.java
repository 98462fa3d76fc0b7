package io.ascent.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The one SQLite file that holds a user's plans. Opening it creates the folder and file if
 * needed, sets the pragmas, backs the file up before migrating an older schema, and migrates.
 * One connection serves the app; callers serialize access through {@link #connection()}.
 */
public final class Database implements AutoCloseable {

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new PersistenceException("Cannot create the folder for the database " + absolute
                    + ": " + e.getMessage(), e);
        }
        if (Files.isDirectory(absolute)) {
            throw new PersistenceException(absolute + " is a folder, not a database file.");
        }
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute);
            refuseForeignFile(connection, absolute);
            configure(connection);
            int version = Migrations.currentVersion(connection);
            if (version > 0 && version < Migrations.latestVersion()) {
                backup(connection, absolute, version);
            }
            Migrations.migrate(connection);
            return new Database(absolute, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new PersistenceException(explain(absolute, e), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Reads the schema before anything is written: a damaged file fails here, and a SQLite file
     * of another program (tables but no Ascent schema version) is refused untouched.
     */
    private static void refuseForeignFile(Connection connection, Path file) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA busy_timeout = 3000");
            int tables;
            try (var rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                tables = rs.getInt(1);
            }
            if (tables > 0 && Migrations.currentVersion(connection) == 0) {
                throw new PersistenceException(file + " is a database of another program, not an Ascent "
                        + "database. Nothing was changed; choose another file.");
            }
        }
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA journal_mode = WAL");
            // NORMAL in WAL mode is durable against application crashes, which is what a
            // tick needs; FULL would add an fsync per tick for power-loss safety only.
            st.execute("PRAGMA synchronous = NORMAL");
        }
    }

    private static void backup(Connection connection, Path file, int version) throws SQLException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = file.resolveSibling(file.getFileName() + ".v" + version + "-" + stamp + ".bak");
        try (var st = connection.prepareStatement("VACUUM INTO ?")) {
            st.setString(1, target.toString());
            st.execute();
        }
    }

    static String explain(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_NOTADB") || message.contains("not a database")) {
            return file + " is not an Ascent database (the file is damaged or of another kind). "
                    + "Nothing was changed; choose another file with --db.";
        }
        if (message.contains("SQLITE_BUSY") || message.contains("locked")) {
            return "The database " + file + " is locked by another program. Close it and try again.";
        }
        if (message.contains("SQLITE_CANTOPEN") || message.contains("SQLITE_READONLY")) {
            return "Cannot open " + file + " for writing. Check that the folder exists and you may write to it.";
        }
        return "The database " + file + " could not be used: " + message;
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

    private static void closeQuietly(Connection connection) {
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
