package io.ascent.persistence.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Databases as an earlier Ascent left them: the schema of {@code version}, made by that version's
 * own migration scripts, with or without the application id (which early versions did not set).
 */
final class OldDatabases {

    /**
     * The newest schema made of SQL alone: V6 (plan name keys) has a Java step, so tests that need
     * "an older database" take this one; any later schema still has migrations to run on it.
     */
    static final int BEFORE_NAME_KEYS = 5;

    private OldDatabases() {}

    /** A new file at {@code version}; the caller adds rows through the connection and closes it. */
    static Connection atVersion(Path file, int version, boolean applicationId) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            for (int v = 1; v <= version; v++) {
                for (String sql : Migrations.statements(Migrations.script(v))) {
                    if (Migrations.isStep(sql)) {
                        throw new IllegalArgumentException("version " + v + " needs a Java step; write it in SQL here");
                    }
                    st.executeUpdate(sql);
                }
            }
            st.execute("PRAGMA user_version = " + version);
            if (applicationId) {
                st.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            }
        }
        return c;
    }
}
