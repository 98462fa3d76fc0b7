package io.ascent.persistence.sqlite;

import io.ascent.persistence.PersistenceException;
import io.ascent.text.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations: {@code db/migration/V{n}__name.sql} on the classpath, applied in
 * order, each in its own transaction, the version kept in SQLite's {@code user_version}.
 * Written instead of Flyway because a classpath scan on every start costs more than this
 * whole class (see docs/decisions). Old files are never edited; a change is a new file.
 */
final class Migrations {

    /** Every migration, in order. Add a file and its name here; the test checks they match. */
    static final List<String> FILES = List.of(
            "V1__plans_and_progress.sql",
            "V2__assessment_and_check_ins.sql",
            "V3__imported_frameworks.sql",
            "V4__milestone_links.sql",
            "V5__storable_text.sql",
            "V6__reviews.sql");

    /**
     * Stamped into every Ascent database ({@code PRAGMA application_id}, "ASNT"), so that another
     * program's SQLite file is never taken for one. Files made before it was set carry 0.
     */
    static final int APPLICATION_ID = 0x41534E54;

    private Migrations() {}

    static int applicationId(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                var rs = st.executeQuery("PRAGMA application_id")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static int latestVersion() {
        return FILES.size();
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies the migrations the database lacks; refuses a database from a newer Ascent. */
    static void migrate(Connection connection, Transactions transactions) throws SQLException {
        int current = currentVersion(connection);
        if (current > latestVersion()) {
            throw new PersistenceException(I18n.t("persist.newerSchema", current, latestVersion()));
        }
        for (int version = current + 1; version <= latestVersion(); version++) {
            apply(transactions, version, read(FILES.get(version - 1)));
        }
        // New files and files of earlier versions (which the caller checked have Ascent's tables).
        if (applicationId(connection) != APPLICATION_ID) {
            try (Statement st = connection.createStatement()) {
                st.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
            }
        }
    }

    /** One version's script and its new user_version, all or nothing. */
    private static void apply(Transactions transactions, int version, String script) throws SQLException {
        transactions.run(connection -> {
            try (Statement st = connection.createStatement()) {
                for (String sql : statements(script)) {
                    st.executeUpdate(sql);
                }
                st.executeUpdate("PRAGMA user_version = " + version);
            }
            return null;
        });
    }

    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                result.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    private static String read(String file) {
        String path = "/db/migration/" + file;
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("migration " + path + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
