package io.ascent.persistence;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.OwnMilestone;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanArchive;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.Replacements;
import io.ascent.domain.storage.SaveResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where plans and their milestone progress are kept. Failures are {@link PersistenceException}s. */
public interface PlanRepository {

    List<Plan> findAll();

    Optional<Plan> findById(long id);

    /** The plan whose name is the same as {@code name} as people read names ({@code PlanName.same}). */
    Optional<Plan> findByName(String name);

    Plan create(PlanDraft draft, Instant now);

    Plan rename(long planId, String newName, Instant now);

    /**
     * Stores the plan's name, levels, specialization, target date, reached date and update time as
     * {@code plan} has them; its framework and creation time never change. Progress, ratings,
     * check-ins and own milestones are left as they are.
     */
    Plan update(Plan plan);

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

    /** Ids of the plans on {@code frameworkId} that hold progress on any of {@code milestoneIds}. */
    List<Long> plansWithProgressOn(String frameworkId, Set<String> milestoneIds);

    /**
     * Moves progress to the milestones that replaced retired ones, for every plan in {@code moves}
     * at once, in one transaction: each plan's merged rows are written and its retired rows deleted.
     */
    void moveProgress(Map<Long, Replacements.Move> moves, Instant now);

    /** The milestones the user added to the plan, in the order they were added. */
    List<OwnMilestone> ownMilestones(long planId);

    /**
     * Adds an own milestone with its first {@code progress} (e.g. a due date), if given, and
     * touches the plan, in one transaction.
     */
    void addOwnMilestone(long planId, OwnMilestone milestone, Optional<MilestoneProgress> progress, Instant now);

    /** Stores an edited own milestone (title, description, optional) and touches the plan. */
    void updateOwnMilestone(long planId, OwnMilestone milestone, Instant now);

    /** Removes an own milestone and its progress and touches the plan, in one transaction. */
    void removeOwnMilestone(long planId, String milestoneId, Instant now);

    /**
     * Stores a whole plan from another database (its id is ignored, its timestamps kept) with
     * all its progress, ratings, check-ins and own milestones, in one transaction: on any failure
     * nothing is stored.
     */
    Plan importArchive(PlanArchive archive);
}
