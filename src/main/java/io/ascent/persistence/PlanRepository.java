package io.ascent.persistence;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanArchive;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.storage.SaveResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where plans and their milestone progress are kept. Failures are {@link PersistenceException}s. */
public interface PlanRepository {

    List<Plan> findAll();

    Optional<Plan> findById(long id);

    /** The plan whose name is the same as {@code name} as people read names ({@code PlanName.same}). */
    Optional<Plan> findByName(String name);

    Plan create(PlanDraft draft, Instant now);

    Plan rename(long planId, String newName, Instant now);

    void delete(long planId);

    /** Stored progress of a plan, keyed by milestone id; milestones not in it are to do. */
    Map<String, MilestoneProgress> progress(long planId);

    /**
     * What of the plan's stored values cannot be read (a date another tool wrote wrongly, a
     * damaged row), in words; empty when everything reads. Such values are left out when the plan
     * is read, so one bad value never keeps the plan, or any other plan, from opening.
     */
    List<String> damage(long planId);

    /**
     * The one write of a milestone's progress (ticks, edits, undo): stores {@code progress} as given
     * (all its fields) and touches the plan, in one transaction, if the milestone's stored progress
     * is {@code expected} (a milestone without stored progress is to do). Otherwise nothing is
     * written and the result holds what is stored: a change saved elsewhere meanwhile.
     */
    SaveResult<MilestoneProgress> saveProgress(
            long planId, MilestoneProgress expected, MilestoneProgress progress, Instant now);

    /**
     * Stores a whole plan from another database (its id is ignored, its timestamps kept) with
     * all its progress, in one transaction: on any failure nothing is stored.
     */
    Plan importArchive(PlanArchive archive);
}
