package io.ascent.persistence.sqlite;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanArchive;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanName;
import io.ascent.persistence.PersistenceException;
import io.ascent.persistence.PlanRepository;
import io.ascent.text.I18n;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link PlanRepository} on the SQLite {@link Database}; prepared statements only. */
public final class SqlitePlanRepository implements PlanRepository {

    private final Database database;
    // Prepared once and kept with the connection: preparing an upsert costs more than running it,
    // and the status upsert is the statement of every tick (bench/run, figure "tick").
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    public SqlitePlanRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Plan> findAll() {
        return plans("SELECT " + PlanRows.PLAN_COLUMNS + " FROM plan ORDER BY name COLLATE NOCASE", st -> {});
    }

    @Override
    public Optional<Plan> findById(long id) {
        return plans("SELECT " + PlanRows.PLAN_COLUMNS + " FROM plan WHERE id = ?", st -> st.setLong(1, id)).stream()
                .findFirst();
    }

    /** The plan whose name is {@link PlanName#same the same} as {@code name}. */
    @Override
    public Optional<Plan> findByName(String name) {
        // Rows written around the repository (a tool, a benchmark) may lack the key: their name counts as is.
        String sql = "SELECT " + PlanRows.PLAN_COLUMNS + " FROM plan WHERE name_key = ? "
                + "OR name_key IS NULL AND name = ?";
        return plans(sql, st -> {
                    st.setString(1, PlanName.key(name));
                    st.setString(2, name.strip());
                })
                .stream()
                .findFirst();
    }

    @Override
    public Plan create(PlanDraft draft, Instant now) {
        Plan plan = new Plan(
                0,
                draft.name(),
                draft.frameworkId(),
                draft.currentLevelId(),
                draft.targetLevelId(),
                draft.specializationId(),
                draft.targetDate(),
                now,
                now);
        return database.write(
                I18n.t("persist.action.createPlan", draft.name()), c -> plan.withId(PlanRows.insertPlan(c, plan)));
    }

    @Override
    public Plan rename(long planId, String newName, Instant now) {
        Plan plan = findById(planId).orElseThrow(() -> new PersistenceException(I18n.t("error.planGone")));
        Plan renamed = plan.withName(newName, now);
        database.write(I18n.t("persist.action.renamePlan"), c -> {
            try (PreparedStatement st =
                    c.prepareStatement("UPDATE plan SET name = ?, name_key = ?, updated_at = ? " + "WHERE id = ?")) {
                st.setString(1, renamed.name());
                st.setString(2, PlanName.key(renamed.name()));
                st.setString(3, now.toString());
                st.setLong(4, planId);
                return st.executeUpdate();
            }
        });
        return renamed;
    }

    @Override
    public void delete(long planId) {
        database.write(I18n.t("persist.action.deletePlan"), c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM plan WHERE id = ?")) {
                st.setLong(1, planId);
                return st.executeUpdate();
            }
        });
    }

    @Override
    public Map<String, MilestoneProgress> progress(long planId) {
        List<String> ignored = new ArrayList<>();
        Map<String, MilestoneProgress> result = new HashMap<>();
        for (MilestoneProgress p : progress(planId, ignored)) {
            result.put(p.milestoneId(), p);
        }
        return result;
    }

    private List<MilestoneProgress> progress(long planId, List<String> damage) {
        String sql = "SELECT " + PlanRows.PROGRESS_COLUMNS + " FROM milestone_progress WHERE plan_id = ?";
        return database.read(I18n.t("persist.action.readProgress"), c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setLong(1, planId);
                List<MilestoneProgress> result = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        result.add(PlanRows.progress(rs, damage));
                    }
                }
                return result;
            }
        });
    }

    @Override
    public List<String> damage(long planId) {
        List<String> damage = new ArrayList<>();
        plans("SELECT " + PlanRows.PLAN_COLUMNS + " FROM plan WHERE id = ?", st -> st.setLong(1, planId), damage);
        progress(planId, damage);
        new SqliteCheckInRepository(database).findByPlan(planId, damage);
        return damage;
    }

    @Override
    public void setStatus(long planId, MilestoneProgress progress, Instant now) {
        upsert(PlanRows.UPSERT_STATUS, planId, progress, now);
    }

    @Override
    public void saveProgress(long planId, MilestoneProgress progress, Instant now) {
        upsert(PlanRows.UPSERT_PROGRESS, planId, progress, now);
    }

    /** Runs one of the progress upserts and touches the plan, in one transaction. */
    private void upsert(String sql, long planId, MilestoneProgress p, Instant now) {
        database.write(I18n.t("persist.action.saveMilestone"), c -> {
            PreparedStatement st = prepared(c, sql);
            PreparedStatement touch = prepared(c, PlanRows.TOUCH_PLAN);
            PlanRows.bindProgress(st, planId, p, now);
            st.executeUpdate();
            touch.setString(1, now.toString());
            touch.setLong(2, planId);
            if (touch.executeUpdate() != 1) {
                throw new PersistenceException(I18n.t("error.planGone"));
            }
            return null;
        });
    }

    /** {@code sql} prepared on the connection, once; the caller holds the lock. */
    private PreparedStatement prepared(Connection c, String sql) throws SQLException {
        PreparedStatement st = prepared.get(sql);
        if (st == null) {
            st = c.prepareStatement(sql);
            prepared.put(sql, st);
        }
        return st;
    }

    @Override
    public Plan importArchive(PlanArchive archive) {
        Plan plan = archive.plan();
        return database.write(I18n.t("persist.action.importPlan", plan.name()), c -> {
            long id = PlanRows.insertPlan(c, plan);
            try (PreparedStatement progress = c.prepareStatement(PlanRows.UPSERT_PROGRESS)) {
                for (MilestoneProgress p : archive.progress()) {
                    PlanRows.bindProgress(progress, id, p, plan.updatedAt());
                    progress.addBatch();
                }
                progress.executeBatch();
            }
            ArchiveRows.insertAssessment(c, id, archive);
            ArchiveRows.insertRhythm(c, id, archive);
            return plan.withId(id);
        });
    }

    private interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    private List<Plan> plans(String sql, Binder binder) {
        return plans(sql, binder, new ArrayList<>());
    }

    private List<Plan> plans(String sql, Binder binder, List<String> damage) {
        return database.read(I18n.t("persist.action.readPlans"), c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                binder.bind(st);
                List<Plan> plans = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        plans.add(PlanRows.plan(rs, damage));
                    }
                }
                return plans;
            }
        });
    }
}
