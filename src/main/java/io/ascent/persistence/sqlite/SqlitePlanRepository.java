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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link PlanRepository} on the SQLite {@link Database}; prepared statements only. */
public final class SqlitePlanRepository implements PlanRepository {

    private static final String INSERT_PLAN = "INSERT INTO plan (name, name_key, framework_id, current_level, "
            + "target_level, specialization, target_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String UPSERT_PROGRESS = "INSERT INTO milestone_progress (plan_id, milestone_id, status, "
            + "done_date, due_date, evidence, notes, links, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (plan_id, milestone_id) DO UPDATE SET status = excluded.status, "
            + "done_date = excluded.done_date, due_date = excluded.due_date, evidence = excluded.evidence, "
            + "notes = excluded.notes, links = excluded.links, updated_at = excluded.updated_at";

    private final Database database;
    // Prepared once and kept with the connection: preparing the upsert costs more than running it,
    // and it is the statement of every tick (bench/run, figure "tick").
    private PreparedStatement upsertProgress;
    private PreparedStatement touchPlan;

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
                I18n.t("persist.action.createPlan", draft.name()), c -> withId(plan, insertPlan(c, plan)));
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
    public void saveProgress(long planId, MilestoneProgress p, Instant now) {
        database.write(I18n.t("persist.action.saveMilestone"), c -> {
            if (upsertProgress == null) {
                upsertProgress = c.prepareStatement(UPSERT_PROGRESS);
                touchPlan = c.prepareStatement("UPDATE plan SET updated_at = ? WHERE id = ?");
            }
            bindProgress(upsertProgress, planId, p, now);
            upsertProgress.executeUpdate();
            touchPlan.setString(1, now.toString());
            touchPlan.setLong(2, planId);
            if (touchPlan.executeUpdate() != 1) {
                throw new PersistenceException(I18n.t("error.planGone"));
            }
            return null;
        });
    }

    @Override
    public Plan importArchive(PlanArchive archive) {
        Plan plan = archive.plan();
        return database.write(I18n.t("persist.action.importPlan", plan.name()), c -> {
            long id = insertPlan(c, plan);
            try (PreparedStatement progress = c.prepareStatement(UPSERT_PROGRESS)) {
                for (MilestoneProgress p : archive.progress()) {
                    bindProgress(progress, id, p, plan.updatedAt());
                    progress.addBatch();
                }
                progress.executeBatch();
            }
            ArchiveRows.insertAssessment(c, id, archive);
            return withId(plan, id);
        });
    }

    private static long insertPlan(Connection c, Plan plan) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(INSERT_PLAN)) {
            st.setString(1, plan.name());
            st.setString(2, PlanName.key(plan.name()));
            st.setString(3, plan.frameworkId());
            st.setString(4, plan.currentLevelId());
            st.setString(5, plan.targetLevelId());
            st.setString(6, plan.specializationId());
            st.setString(7, plan.targetDate().map(LocalDate::toString).orElse(null));
            st.setString(8, plan.createdAt().toString());
            st.setString(9, plan.updatedAt().toString());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void bindProgress(PreparedStatement st, long planId, MilestoneProgress p, Instant now)
            throws SQLException {
        st.setLong(1, planId);
        st.setString(2, p.milestoneId());
        st.setString(3, p.status().name());
        st.setString(4, p.doneDate().map(LocalDate::toString).orElse(null));
        st.setString(5, p.dueDate().map(LocalDate::toString).orElse(null));
        st.setString(6, p.evidence());
        st.setString(7, p.notes());
        st.setString(8, String.join("\n", p.links()));
        st.setString(9, now.toString());
    }

    private static Plan withId(Plan plan, long id) {
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
