package io.ascent.service;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.OwnMilestone;
import io.ascent.domain.OwnMilestoneDraft;
import io.ascent.domain.OwnMilestones;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanLevels;
import io.ascent.persistence.PlanRepository;
import io.ascent.text.I18n;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The milestones users add to their plans: adding one to a competency and level of the plan,
 * editing and removing it, and putting a removed one back (undo). A reached plan refuses all of it.
 */
public class OwnMilestoneService {

    private final PlanService plans;
    private final PlanRepository repository;
    private final Clock clock;
    private final RandomGenerator random;

    public OwnMilestoneService(PlanService plans, PlanRepository repository, Clock clock, RandomGenerator random) {
        this.plans = plans;
        this.repository = repository;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Adds a milestone to a cell of the plan: {@code draft}'s competency must be one of the plan's
     * (core or its specialization) and its level one the plan climbs through. Returns it with its
     * new id; a due date is stored as its first progress.
     */
    public OwnMilestone add(long planId, OwnMilestoneDraft draft) {
        Plan plan = plans.plan(planId);
        PlanService.requireEditable(plan);
        Framework framework = plans.framework(plan.frameworkId()).in(I18n.locale());
        checkCell(framework, plan, draft.competencyId(), draft.levelId());
        List<String> taken =
                repository.ownMilestones(planId).stream().map(OwnMilestone::id).toList();
        OwnMilestone milestone;
        Optional<MilestoneProgress> progress;
        try {
            milestone = new OwnMilestone(
                    OwnMilestones.newId(random, taken),
                    draft.competencyId(),
                    draft.levelId(),
                    draft.title(),
                    draft.description(),
                    draft.optional(),
                    clock.instant());
            progress = draft.dueDate()
                    .map(due -> new MilestoneProgress(
                            milestone.id(), MilestoneStatus.TODO, Optional.empty(), Optional.of(due), "", ""));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
        repository.addOwnMilestone(planId, milestone, progress, clock.instant());
        return milestone;
    }

    /** Stores new words or a new optional mark for an own milestone of the plan. */
    public OwnMilestone edit(long planId, OwnMilestone edited) {
        PlanService.requireEditable(plans.plan(planId));
        repository.updateOwnMilestone(planId, edited, clock.instant());
        return edited;
    }

    /** Removes an own milestone of the plan with its progress; {@link #restore} puts both back. */
    public void remove(long planId, String milestoneId) {
        Plan plan = plans.plan(planId);
        PlanService.requireEditable(plan);
        if (repository.ownMilestones(planId).stream().noneMatch(m -> m.id().equals(milestoneId))) {
            throw new ValidationException(I18n.t("own.error.notOwn", milestoneId, plan.name()));
        }
        repository.removeOwnMilestone(planId, milestoneId, clock.instant());
    }

    /** Puts back a removed own milestone exactly, with its progress as it was (undo). */
    public void restore(long planId, OwnMilestone milestone, MilestoneProgress progress) {
        PlanService.requireEditable(plans.plan(planId));
        boolean untouched = progress.equals(MilestoneProgress.todo(milestone.id()));
        repository.addOwnMilestone(
                planId, milestone, untouched ? Optional.empty() : Optional.of(progress), clock.instant());
    }

    /** A competency of the plan, at a level the plan climbs through; else a refusal naming the choices. */
    private static void checkCell(Framework framework, Plan plan, String competencyId, String levelId) {
        List<Competency> competencies = framework.competenciesFor(plan.specializationId());
        if (competencies.stream().noneMatch(c -> c.id().equals(competencyId))) {
            throw new ValidationException(I18n.t(
                    "own.error.competency",
                    competencyId,
                    plan.name(),
                    competencies.stream().map(Competency::id).collect(Collectors.joining(", "))));
        }
        List<Level> levels = PlanLevels.cellLevels(framework, plan.currentLevelId(), plan.targetLevelId());
        if (levels.stream().noneMatch(l -> l.id().equals(levelId))) {
            throw new ValidationException(I18n.t(
                    "own.error.level",
                    levelId,
                    plan.name(),
                    levels.stream().map(Level::id).collect(Collectors.joining(", "))));
        }
    }
}
