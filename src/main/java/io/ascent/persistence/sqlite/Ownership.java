package io.ascent.persistence.sqlite;

import io.ascent.domain.storage.DatabaseProblem;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.SQLiteConfig;

/**
 * Whose file it is, read before anything is written (the switch to WAL included). A file is
 * Ascent's only if it carries Ascent's {@code application_id}, or, for files made before Ascent
 * set one (id 0), if its schema is exactly that of one of Ascent's own schema versions. Anything
 * else is another program's: its {@code user_version} or a table that happens to be called
 * {@code plan} proves nothing, many programs have both.
 */
final class Ownership {

    /** The last schema version whose files may lack the application id; later builds always set it. */
    static final int LAST_VERSION_WITHOUT_ID = 5;

    private static final Map<Integer, Set<String>> EXPECTED = new HashMap<>();

    private Ownership() {}

    /**
     * The schema version of Ascent's {@code file}, read through a connection that cannot write;
     * a {@link DatabaseUnusableException} if the file is another program's, from a newer Ascent,
     * or cannot be read.
     */
    static int check(Path file) {
        if (DatabaseFiles.size(file) == 0) {
            // A new file (perhaps being set up by another Ascent right now): nothing to read yet.
            return 0;
        }
        try {
            return check(file, false);
        } catch (DatabaseUnusableException e) {
            // No -shm can be made beside it (read-only folder or media, full disk): without a -wal
            // holding changes, the file alone says everything, and nobody can be writing it.
            if (e.problem().readableAnyway() && DatabaseFiles.size(DatabaseFiles.sidecar(file, "-wal")) == 0) {
                return check(file, true);
            }
            throw e;
        }
    }

    static int check(Path file, boolean immutable) {
        try (Connection c = readOnly(file, immutable)) {
            // One read transaction for the three reads: another Ascent migrating this new file
            // commits before them or after them, never between (the file then looked foreign:
            // no application id yet, but tables already).
            c.setAutoCommit(false);
            int applicationId = Migrations.applicationId(c);
            int version = Migrations.currentVersion(c);
            Set<String> schema = schema(c);
            c.rollback();
            if (applicationId == Migrations.APPLICATION_ID) {
                if (version > Migrations.latestVersion()) {
                    throw new DatabaseUnusableException(file, DatabaseProblem.NEWER_VERSION, null);
                }
                return version;
            }
            boolean empty = schema.isEmpty() && version == 0;
            boolean earlyAscent = applicationId == 0
                    && version >= 1
                    && version <= LAST_VERSION_WITHOUT_ID
                    && schema.equals(expected(version));
            if (applicationId == 0 && empty || earlyAscent) {
                return version;
            }
            throw new DatabaseUnusableException(file, DatabaseProblem.FOREIGN, null);
        } catch (SQLException e) {
            throw DatabaseProblems.unusable(file, e);
        }
    }

    /**
     * A connection that cannot change the file. It takes SQLite's locks as any reader does, so it
     * reads a file another process is writing at the same moment correctly (a WAL database gets the
     * {@code -shm} and empty {@code -wal} every reader makes, and keeps them). {@code immutable}
     * skips the locks and those files: only for a file nobody can be writing (one in a folder that
     * takes no {@code -shm}); read immutable while another Ascent checkpointed, a file showed torn
     * pages and was called damaged.
     */
    static Connection readOnly(Path file, boolean immutable) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(Connections.BUSY_TIMEOUT_MILLIS);
        return config.createConnection("jdbc:sqlite:" + file.toUri() + (immutable ? "?immutable=1" : "?mode=ro"));
    }

    /** Every table, index and trigger with its SQL, whitespace collapsed. */
    static Set<String> schema(Connection c) throws SQLException {
        Set<String> result = new TreeSet<>();
        try (Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master")) {
            while (rs.next()) {
                String sql =
                        rs.getString(4) == null ? "" : rs.getString(4).strip().replaceAll("\\s+", " ");
                result.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + sql);
            }
        }
        return result;
    }

    /** The schema Ascent's own migrations make at {@code version}, built once in memory. */
    static synchronized Set<String> expected(int version) throws SQLException {
        Set<String> known = EXPECTED.get(version);
        if (known == null) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
                    Statement st = c.createStatement()) {
                for (int v = 1; v <= version; v++) {
                    for (String sql : Migrations.statements(Migrations.script(v))) {
                        if (!Migrations.isStep(sql)) {
                            st.executeUpdate(sql);
                        }
                    }
                }
                known = schema(c);
            }
            EXPECTED.put(version, known);
        }
        return known;
    }
}
