package io.ascent.persistence;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanArchive;
import io.ascent.domain.PlanDraft;
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
     * A tick: stores the status and done date of {@code progress} and touches the plan, in one
     * transaction. A milestone with stored progress keeps its evidence, notes, dates and links; one
     * without gets a row with those of {@code progress}.
     */
    void setStatus(long planId, MilestoneProgress progress, Instant now);

    /** Stores one milestone's progress as given (all its fields) and touches the plan, in one transaction. */
    void saveProgress(long planId, MilestoneProgress progress, Instant now);

    /**
     * Stores a whole plan from another database (its id is ignored, its timestamps kept) with
     * all its progress, in one transaction: on any failure nothing is stored.
     */
    Plan importArchive(PlanArchive archive);
}
