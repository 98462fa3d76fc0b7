package io.ascent.bench;

import io.ascent.domain.Framework;
import io.ascent.domain.Milestone;
import io.ascent.domain.storage.Backup;
import io.ascent.persistence.files.FrameworkReader;
import io.ascent.persistence.sqlite.Backups;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqliteFrameworkRepository;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.service.FrameworkService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A database full of plans on one imported framework, every plan with a progress row for every
 * milestone (done, in progress or to do, done ones with evidence). Built through
 * {@link Database#open} and {@link FrameworkService#importJson} so it has the real schema, pragmas
 * and stored ladder; the rows go in with one prepared statement in one transaction. Kept: a
 * rerun reuses the file when its counts match.
 */
public final class BenchDatabase {

    private static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");
    private static final LocalDate DONE_ON = LocalDate.of(2026, 3, 2);

    private BenchDatabase() {}

    /** The file, built unless a complete one is already there. Plan ids are 1 to {@code plans}. */
    public static Path ensure(Path file, Framework framework, int plans) {
        long rows = (long) plans * framework.milestones().size();
        if (Files.exists(file) && isComplete(file, plans, rows)) {
            return file;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            deleteWithSidecars(partial);
            build(partial, framework, plans, CREATED);
            deleteWithSidecars(file);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * A fresh file with plans created at {@code created}; start-up uses "now" so that the app's
     * check-in reminder, which a plan in regular use would not show, stays out of the figure.
     */
    public static Path rebuild(Path file, Framework framework, int plans, Instant created) {
        deleteWithBackups(file);
        build(file, framework, plans, created);
        return file;
    }

    /** {@code file} gone, with its sidecars and backups; its folder made if missing. */
    static void deleteWithBackups(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            deleteWithSidecars(file);
            // An app started on this file for longer than a few seconds made a daily backup;
            // with it left behind, the app would refuse the fresh file as "missing, but backed up".
            for (Backup backup : Backups.beside(file, Clock.systemUTC()).list()) {
                Files.deleteIfExists(backup.file());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Expected status of milestone {@code index} in plan {@code plan}: a fixed, mixed pattern. */
    static String status(int plan, int index) {
        int r = Math.floorMod(plan * 7 + index * 13, 10);
        return r < 4 ? "DONE" : r < 6 ? "IN_PROGRESS" : "TODO";
    }

    private static void build(Path file, Framework framework, int plans, Instant created) {
        try (Database database = Database.open(file)) {
            // Imported as a user imports a ladder, so the app reads it back the ordinary way.
            new FrameworkService(
                            new FrameworkReader(),
                            new SqliteFrameworkRepository(database),
                            new SqlitePlanRepository(database),
                            Clock.systemUTC())
                    .importJson(
                            new FrameworkReader().write(framework).getBytes(StandardCharsets.UTF_8), framework.id());
            database.withConnection(c -> {
                c.setAutoCommit(false);
                try (PreparedStatement plan = c.prepareStatement("INSERT INTO plan (id, name, framework_id, "
                                + "current_level, target_level, specialization, target_date, created_at, updated_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)");
                        PreparedStatement progress = c.prepareStatement("INSERT INTO milestone_progress (plan_id, "
                                + "milestone_id, status, done_date, due_date, evidence, notes, updated_at) "
                                + "VALUES (?, ?, ?, ?, NULL, ?, '', ?)")) {
                    String lowest = framework.levels().get(0).id();
                    String highest = framework
                            .levels()
                            .get(framework.levels().size() - 1)
                            .id();
                    for (int p = 1; p <= plans; p++) {
                        plan.setLong(1, p);
                        plan.setString(2, "Bench plan " + p);
                        plan.setString(3, framework.id());
                        plan.setString(4, lowest);
                        plan.setString(5, highest);
                        plan.setString(
                                6,
                                framework
                                        .specializations()
                                        .get((p - 1)
                                                % framework.specializations().size())
                                        .id());
                        plan.setString(7, created.toString());
                        plan.setString(8, created.toString());
                        plan.executeUpdate();
                        int i = 0;
                        for (Milestone m : framework.milestones()) {
                            String status = status(p, i++);
                            boolean done = status.equals("DONE");
                            progress.setLong(1, p);
                            progress.setString(2, m.id());
                            progress.setString(3, status);
                            progress.setString(4, done ? DONE_ON.toString() : null);
                            progress.setString(5, done ? "Shipped it; the review notes are in the team folder." : "");
                            progress.setString(6, created.toString());
                            progress.addBatch();
                        }
                        progress.executeBatch();
                    }
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "could not build the benchmark database " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isComplete(Path file, int plans, long rows) {
        try (Database database = Database.open(file)) {
            return database.withConnection(c -> {
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM plan), "
                                + "(SELECT count(*) FROM milestone_progress), (SELECT count(*) FROM framework)")) {
                    return rs.next() && rs.getLong(1) == plans && rs.getLong(2) == rows && rs.getLong(3) == 1;
                }
            });
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static void deleteWithSidecars(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }
}
