package io.ascent.persistence.sqlite;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.OwnMilestone;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanArchive;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanName;
import io.ascent.domain.Replacements;
import io.ascent.domain.Win;
import io.ascent.domain.storage.SaveResult;
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
import java.util.Set;

/** {@link PlanRepository} on the SQLite {@link Database}; prepared statements only. */
public final class SqlitePlanRepository implements PlanRepository {

    private final Database database;
    // Prepared once and kept with the connection: preparing an upsert costs more than running it,
    // and the conditional upsert is the statement of every tick (bench/run, figure "tick").
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
    public Plan update(Plan plan) {
        String sql = "UPDATE plan SET name = ?, name_key = ?, current_level = ?, target_level = ?, "
                + "specialization = ?, target_date = ?, updated_at = ?, reached_on = ? WHERE id = ?";
        return database.write(I18n.t("persist.action.updatePlan", plan.name()), c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setString(1, plan.name());
                st.setString(2, PlanName.key(plan.name()));
                st.setString(3, plan.currentLevelId());
                st.setString(4, plan.targetLevelId());
                st.setString(5, plan.specializationId());
                st.setString(6, plan.targetDate().map(LocalDate::toString).orElse(null));
                st.setString(7, plan.updatedAt().toString());
                st.setString(8, plan.reachedOn().map(LocalDate::toString).orElse(null));
                st.setLong(9, plan.id());
                if (st.executeUpdate() != 1) {
                    throw new PersistenceException(I18n.t("error.planGone"));
                }
                return plan;
            }
        });
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
    public SaveResult<MilestoneProgress> saveProgress(
            long planId, MilestoneProgress expected, MilestoneProgress progress, Instant now) {
        return CompareAndSet.save(
                database,
                I18n.t("persist.action.saveMilestone"),
                expected,
                progress,
                (c, e, p) -> {
                    PreparedStatement st;
                    if (e.equals(MilestoneProgress.todo(e.milestoneId()))) {
                        st = prepared(c, PlanRows.UPSERT_PROGRESS_IF_TODO);
                        PlanRows.bindProgress(st, planId, p, now);
                        PlanRows.bindExpected(st, e);
                    } else {
                        st = prepared(c, PlanRows.UPDATE_PROGRESS_IF);
                        PlanRows.bindUpdate(st, planId, e, p, now);
                    }
                    if (st.executeUpdate() != 1) {
                        return false;
                    }
                    touch(c, planId, now);
                    return true;
                },
                c -> storedProgress(c, planId, progress.milestoneId()),
                (c, p) -> {
                    PreparedStatement st = prepared(c, PlanRows.UPSERT_PROGRESS);
                    PlanRows.bindProgress(st, planId, p, now);
                    st.executeUpdate();
                    touch(c, planId, now);
                });
    }

    private void touch(Connection c, long planId, Instant now) throws SQLException {
        PreparedStatement touch = prepared(c, PlanRows.TOUCH_PLAN);
        touch.setString(1, now.toString());
        touch.setLong(2, planId);
        if (touch.executeUpdate() != 1) {
            throw new PersistenceException(I18n.t("error.planGone"));
        }
    }

    /** A milestone's progress as stored, read as {@link #progress(long)} reads it; to do without a row. */
    private MilestoneProgress storedProgress(Connection c, long planId, String milestoneId) throws SQLException {
        PreparedStatement st = prepared(c, PlanRows.SELECT_PROGRESS);
        st.setLong(1, planId);
        st.setString(2, milestoneId);
        try (ResultSet rs = st.executeQuery()) {
            return rs.next() ? PlanRows.progress(rs, new ArrayList<>()) : MilestoneProgress.todo(milestoneId);
        }
    }

    @Override
    public List<Long> plansWithProgressOn(String frameworkId, Set<String> milestoneIds) {
        return database.read(
                I18n.t("persist.action.readProgress"), c -> ProgressRows.plansHolding(c, frameworkId, milestoneIds));
    }

    @Override
    public void moveProgress(Map<Long, Replacements.Move> moves, Instant now) {
        database.write(I18n.t("persist.action.moveProgress"), c -> {
            ProgressRows.move(c, moves, now);
            return null;
        });
    }

    @Override
    public List<OwnMilestone> ownMilestones(long planId) {
        return database.read(I18n.t("persist.action.readOwn"), c -> OwnMilestoneRows.ofPlan(c, planId));
    }

    @Override
    public void addOwnMilestone(long planId, OwnMilestone m, Optional<MilestoneProgress> progress, Instant now) {
        writeAndTouch(
                I18n.t("persist.action.addOwn", m.title()),
                planId,
                now,
                c -> OwnMilestoneRows.add(c, planId, m, progress, now));
    }

    @Override
    public void updateOwnMilestone(long planId, OwnMilestone m, Instant now) {
        writeAndTouch(
                I18n.t("persist.action.editOwn", m.title()), planId, now, c -> OwnMilestoneRows.update(c, planId, m));
    }

    @Override
    public void removeOwnMilestone(long planId, String milestoneId, Instant now) {
        writeAndTouch(
                I18n.t("persist.action.removeOwn"), planId, now, c -> OwnMilestoneRows.delete(c, planId, milestoneId));
    }

    private interface RowWork {
        void run(Connection c) throws SQLException;
    }

    /** Runs {@code work} and touches the plan, in one transaction. */
    private void writeAndTouch(String what, long planId, Instant now, RowWork work) {
        database.write(what, c -> {
            work.run(c);
            PreparedStatement touch = prepared(c, PlanRows.TOUCH_PLAN);
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
            for (Win win : archive.wins()) {
                WinRows.insert(c, id, win, plan.updatedAt());
            }
            OwnMilestoneRows.insert(c, id, archive.ownMilestones());
            ArchiveRows.insertRhythm(c, id, archive);
            // Last: a reached plan refuses new rows (migration V7).
            ArchiveRows.markReached(c, id, plan.reachedOn());
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
