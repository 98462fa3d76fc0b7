package io.ascent.persistence.sqlite;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanArchive;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.PersistenceException;
import io.ascent.persistence.PlanRepository;
import io.ascent.text.I18n;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link PlanRepository} on the SQLite {@link Database}; prepared statements only. */
public final class SqlitePlanRepository implements PlanRepository {

    private static final String PLAN_COLUMNS = "id, name, framework_id, current_level, target_level, "
            + "specialization, target_date, created_at, updated_at";

    private static final String INSERT_PROGRESS = "INSERT INTO milestone_progress (plan_id, milestone_id, status, "
            + "done_date, due_date, evidence, notes, links, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (plan_id, milestone_id) DO UPDATE SET ";

    /** A tick: a stored row keeps its evidence, notes, dates and links; only status and done date change. */
    private static final String UPSERT_STATUS = INSERT_PROGRESS
            + "status = excluded.status, done_date = excluded.done_date, updated_at = excluded.updated_at";

    private static final String UPSERT_PROGRESS = INSERT_PROGRESS
            + "status = excluded.status, done_date = excluded.done_date, due_date = excluded.due_date, "
            + "evidence = excluded.evidence, notes = excluded.notes, links = excluded.links, "
            + "updated_at = excluded.updated_at";

    private static final String TOUCH_PLAN = "UPDATE plan SET updated_at = ? WHERE id = ?";

    private final Database database;
    // Prepared once and kept with the connection: preparing an upsert costs more than running it,
    // and the status upsert is the statement of every tick (bench/run, figure "tick").
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    public SqlitePlanRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Plan> findAll() {
        return query("SELECT " + PLAN_COLUMNS + " FROM plan ORDER BY name COLLATE NOCASE", st -> {});
    }

    @Override
    public Optional<Plan> findById(long id) {
        return query("SELECT " + PLAN_COLUMNS + " FROM plan WHERE id = ?", st -> st.setLong(1, id)).stream()
                .findFirst();
    }

    @Override
    public Optional<Plan> findByName(String name) {
        return query("SELECT " + PLAN_COLUMNS + " FROM plan WHERE name = ?", st -> st.setString(1, name.strip()))
                .stream()
                .findFirst();
    }

    @Override
    public Plan create(PlanDraft draft, Instant now) {
        String sql = "INSERT INTO plan (name, framework_id, current_level, target_level, specialization, "
                + "target_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        synchronized (database) {
            try (PreparedStatement st = connection().prepareStatement(sql)) {
                st.setString(1, draft.name());
                st.setString(2, draft.frameworkId());
                st.setString(3, draft.currentLevelId());
                st.setString(4, draft.targetLevelId());
                st.setString(5, draft.specializationId());
                st.setString(6, draft.targetDate().map(LocalDate::toString).orElse(null));
                st.setString(7, now.toString());
                st.setString(8, now.toString());
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    long id = keys.getLong(1);
                    return new Plan(
                            id,
                            draft.name(),
                            draft.frameworkId(),
                            draft.currentLevelId(),
                            draft.targetLevelId(),
                            draft.specializationId(),
                            draft.targetDate(),
                            now,
                            now);
                }
            } catch (SQLException e) {
                throw failure(I18n.t("persist.action.createPlan", draft.name()), e);
            }
        }
    }

    @Override
    public Plan rename(long planId, String newName, Instant now) {
        Plan plan = findById(planId).orElseThrow(() -> new PersistenceException(I18n.t("error.planGone")));
        Plan renamed = plan.withName(newName, now);
        update("UPDATE plan SET name = ?, updated_at = ? WHERE id = ?", I18n.t("persist.action.renamePlan"), st -> {
            st.setString(1, renamed.name());
            st.setString(2, now.toString());
            st.setLong(3, planId);
        });
        return renamed;
    }

    @Override
    public void delete(long planId) {
        update("DELETE FROM plan WHERE id = ?", I18n.t("persist.action.deletePlan"), st -> st.setLong(1, planId));
    }

    @Override
    public Map<String, MilestoneProgress> progress(long planId) {
        String sql = "SELECT milestone_id, status, done_date, due_date, evidence, notes, links "
                + "FROM milestone_progress WHERE plan_id = ?";
        synchronized (database) {
            try (PreparedStatement st = connection().prepareStatement(sql)) {
                st.setLong(1, planId);
                Map<String, MilestoneProgress> result = new HashMap<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        MilestoneProgress p = new MilestoneProgress(
                                rs.getString(1),
                                MilestoneStatus.valueOf(rs.getString(2)),
                                date(rs.getString(3)),
                                date(rs.getString(4)),
                                rs.getString(5),
                                rs.getString(6),
                                links(rs.getString(7)));
                        result.put(p.milestoneId(), p);
                    }
                }
                return result;
            } catch (SQLException e) {
                throw failure(I18n.t("persist.action.readProgress"), e);
            }
        }
    }

    @Override
    public void setStatus(long planId, MilestoneProgress progress, Instant now) {
        upsert(UPSERT_STATUS, planId, progress, now);
    }

    @Override
    public void saveProgress(long planId, MilestoneProgress progress, Instant now) {
        upsert(UPSERT_PROGRESS, planId, progress, now);
    }

    /** Runs one of the progress upserts and touches the plan, in one transaction. */
    private void upsert(String sql, long planId, MilestoneProgress p, Instant now) {
        synchronized (database) {
            try {
                PreparedStatement st = prepared(sql);
                PreparedStatement touch = prepared(TOUCH_PLAN);
                database.inTransaction(tx -> {
                    st.setLong(1, planId);
                    st.setString(2, p.milestoneId());
                    st.setString(3, p.status().name());
                    st.setString(4, p.doneDate().map(LocalDate::toString).orElse(null));
                    st.setString(5, p.dueDate().map(LocalDate::toString).orElse(null));
                    st.setString(6, p.evidence());
                    st.setString(7, p.notes());
                    st.setString(8, String.join("\n", p.links()));
                    st.setString(9, now.toString());
                    st.executeUpdate();
                    touch.setString(1, now.toString());
                    touch.setLong(2, planId);
                    if (touch.executeUpdate() != 1) {
                        throw new SQLException("plan " + planId + " does not exist");
                    }
                    return null;
                });
            } catch (SQLException e) {
                throw failure(I18n.t("persist.action.saveMilestone"), e);
            }
        }
    }

    /** {@code sql} prepared on the connection, once; the caller holds the lock. */
    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement st = prepared.get(sql);
        if (st == null) {
            st = connection().prepareStatement(sql);
            prepared.put(sql, st);
        }
        return st;
    }

    @Override
    public Plan importArchive(PlanArchive archive) {
        Plan plan = archive.plan();
        String insertPlan = "INSERT INTO plan (name, framework_id, current_level, target_level, specialization, "
                + "target_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        String insertProgress = "INSERT INTO milestone_progress (plan_id, milestone_id, status, done_date, "
                + "due_date, evidence, notes, links, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        synchronized (database) {
            try {
                return database.inTransaction(tx -> {
                    try (PreparedStatement st = tx.prepareStatement(insertPlan);
                            PreparedStatement progress = tx.prepareStatement(insertProgress)) {
                        st.setString(1, plan.name());
                        st.setString(2, plan.frameworkId());
                        st.setString(3, plan.currentLevelId());
                        st.setString(4, plan.targetLevelId());
                        st.setString(5, plan.specializationId());
                        st.setString(
                                6, plan.targetDate().map(LocalDate::toString).orElse(null));
                        st.setString(7, plan.createdAt().toString());
                        st.setString(8, plan.updatedAt().toString());
                        st.executeUpdate();
                        long id;
                        try (ResultSet keys = st.getGeneratedKeys()) {
                            keys.next();
                            id = keys.getLong(1);
                        }
                        for (MilestoneProgress p : archive.progress()) {
                            progress.setLong(1, id);
                            progress.setString(2, p.milestoneId());
                            progress.setString(3, p.status().name());
                            progress.setString(
                                    4, p.doneDate().map(LocalDate::toString).orElse(null));
                            progress.setString(
                                    5, p.dueDate().map(LocalDate::toString).orElse(null));
                            progress.setString(6, p.evidence());
                            progress.setString(7, p.notes());
                            progress.setString(8, String.join("\n", p.links()));
                            progress.setString(9, plan.updatedAt().toString());
                            progress.addBatch();
                        }
                        progress.executeBatch();
                        ArchiveRows.insertAssessment(tx, id, archive);
                        return new Plan(
                                id,
                                plan.name(),
                                plan.frameworkId(),
                                plan.currentLevelId(),
                                plan.targetLevelId(),
                                plan.specializationId(),
                                plan.targetDate(),
                                plan.createdAt(),
                                plan.updatedAt());
                    }
                });
            } catch (SQLException e) {
                throw failure(I18n.t("persist.action.importPlan", plan.name()), e);
            }
        }
    }

    private interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    private List<Plan> query(String sql, Binder binder) {
        synchronized (database) {
            try (PreparedStatement st = connection().prepareStatement(sql)) {
                binder.bind(st);
                List<Plan> plans = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        plans.add(new Plan(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                date(rs.getString(7)),
                                Instant.parse(rs.getString(8)),
                                Instant.parse(rs.getString(9))));
                    }
                }
                return plans;
            } catch (SQLException e) {
                throw failure(I18n.t("persist.action.readPlans"), e);
            }
        }
    }

    private void update(String sql, String what, Binder binder) {
        synchronized (database) {
            try (PreparedStatement st = connection().prepareStatement(sql)) {
                binder.bind(st);
                st.executeUpdate();
            } catch (SQLException e) {
                throw failure(what, e);
            }
        }
    }

    private Connection connection() {
        return database.connection();
    }

    private PersistenceException failure(String what, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("UNIQUE constraint failed: plan.name")) {
            return new PersistenceException(I18n.t("persist.couldNot", what, I18n.t("persist.nameTaken")), e);
        }
        return new PersistenceException(I18n.t("persist.couldNot", what, Database.explain(database.file(), e)), e);
    }

    private static List<String> links(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : text.lines().filter(l -> !l.isBlank()).toList();
    }

    private static Optional<LocalDate> date(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text));
    }
}
