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
import java.util.Map;

/**
 * Versioned schema migrations: {@code db/migration/V{n}__name.sql} on the classpath, applied in
 * order, the version kept in SQLite's {@code user_version}. Written instead of Flyway because a
 * classpath scan on every start costs more than this whole class (see docs/decisions). Old files
 * are never edited; a change is a new file. A line {@code -- step: NAME} in a script runs the
 * Java step of that name at that point, for what SQL cannot do (Unicode case folding).
 *
 * <p>All missing migrations run in one immediate transaction, and the version is read again once
 * its write lock is held: when several processes open a new file at once, one migrates and the
 * others wait for it, then find nothing left to do.
 */
final class Migrations {

    /** Every migration, in order. Add a file and its name here; the test checks they match. */
    static final List<String> FILES = List.of(
            "V1__plans_and_progress.sql",
            "V2__assessment_and_check_ins.sql",
            "V3__imported_frameworks.sql",
            "V4__milestone_links.sql",
            "V5__storable_text.sql",
            "V6__plan_name_keys.sql",
            "V7__own_milestones_and_reached_plans.sql",
            "V8__reviews.sql",
            "V9__wins.sql",
            "V10__plan_rhythm.sql");

    /** The Java steps scripts name; each returns what the user should be told once. */
    private static final Map<String, Step> STEPS = Map.of("plan-name-keys", PlanNameKeys::fill);

    /**
     * Stamped into every Ascent database ({@code PRAGMA application_id}, "ASNT"), so that another
     * program's SQLite file is never taken for one. Files made before it was set carry 0.
     */
    static final int APPLICATION_ID = 0x41534E54;

    private static final String STEP = "-- step:";

    /** Work a script cannot do in SQL. */
    @FunctionalInterface
    interface Step {
        List<String> run(Connection connection) throws SQLException;
    }

    /** What runs once the write lock is held and before the first script: the backup. */
    @FunctionalInterface
    interface BeforeMigrating {
        void run() throws SQLException;
    }

    private Migrations() {}

    static int applicationId(Connection connection) throws SQLException {
        return pragma(connection, "application_id");
    }

    static int latestVersion() {
        return FILES.size();
    }

    static int currentVersion(Connection connection) throws SQLException {
        return pragma(connection, "user_version");
    }

    private static int pragma(Connection connection, String name) throws SQLException {
        try (Statement st = connection.createStatement();
                var rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Brings the database to the latest version and stamps Ascent's application id; a database
     * that already has both is not locked at all. {@code before} runs under the lock when an
     * existing schema is about to change. Returns what the migrations want said to the user.
     */
    static List<String> migrate(Connection connection, Transactions transactions, BeforeMigrating before)
            throws SQLException {
        if (currentVersion(connection) == latestVersion() && applicationId(connection) == APPLICATION_ID) {
            return List.of();
        }
        return transactions.run(c -> {
            int current = currentVersion(c);
            if (current > latestVersion()) {
                throw new PersistenceException(I18n.t("persist.newerSchema", current, latestVersion()));
            }
            List<String> notices = new ArrayList<>();
            if (current > 0 && current < latestVersion()) {
                before.run();
            }
            try (Statement st = c.createStatement()) {
                for (int version = current + 1; version <= latestVersion(); version++) {
                    for (String sql : statements(script(version))) {
                        if (isStep(sql)) {
                            notices.addAll(step(sql).run(c));
                        } else {
                            st.executeUpdate(sql);
                        }
                    }
                    st.executeUpdate("PRAGMA user_version = " + version);
                }
                // New files and files of earlier versions (which Ownership checked are Ascent's).
                if (applicationId(c) != APPLICATION_ID) {
                    st.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
                }
            }
            return notices;
        });
    }

    static boolean isStep(String statement) {
        return statement.startsWith(STEP);
    }

    private static Step step(String statement) {
        String name = statement.substring(STEP.length()).strip();
        Step step = STEPS.get(name);
        if (step == null) {
            throw new IllegalStateException("migration step " + name + " does not exist");
        }
        return step;
    }

    /** The statements of a script, and its {@code -- step:} lines as statements of their own. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith(STEP)) {
                result.add(trimmed);
                continue;
            }
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

    /** The script of {@code version}. */
    static String script(int version) {
        String path = "/db/migration/" + FILES.get(version - 1);
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
