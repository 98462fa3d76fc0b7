package io.ascent.service;

import io.ascent.domain.Framework;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanChange;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanName;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Specializations;
import io.ascent.persistence.PlanRepository;
import io.ascent.text.I18n;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creating, opening and changing plans. Checks what the user asks for against the plan's
 * framework and turns it into repository calls; readiness is derived here, never stored.
 */
public class PlanService {

    private final PlanRepository repository;
    private final FrameworkService frameworks;
    private final Clock clock;

    public PlanService(PlanRepository repository, FrameworkService frameworks, Clock clock) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    public List<Plan> plans() {
        return repository.findAll();
    }

    /**
     * Stores a new plan. The levels must be the framework's, the target above the current level;
     * the specialization follows {@link Specializations} (none given or "core" on a ladder
     * without specializations means the core competencies only).
     */
    public Plan create(PlanDraft draft) {
        PlanDraft checked = PlanChecks.checked(framework(draft.frameworkId()), draft, today(), Optional.empty());
        requireFreeName(draft.name(), 0);
        return repository.create(checked, now());
    }

    /**
     * Changes the choices of the setup (name, levels, specialization, target date) of a plan
     * under way, by the same rules as {@link #create}; a target date the plan already has may
     * have passed. Progress, ratings, check-ins and own milestones are kept as they are: items
     * that leave the plan keep their progress out of sight ({@link PlanChange}).
     */
    public Plan edit(long planId, PlanDraft choices) {
        Plan plan = plan(planId);
        requireEditable(plan);
        PlanDraft checked = PlanChecks.checked(framework(plan.frameworkId()), choices, today(), plan.targetDate());
        requireFreeName(checked.name(), planId);
        return repository.update(plan.withChoices(checked, now()));
    }

    /** Puts a plan's choices back exactly as {@code plan} has them: undo of {@link #edit}. */
    public Plan restore(Plan plan) {
        Plan stored = plan(plan.id());
        requireEditable(stored);
        return repository.update(stored.withChoices(plan.choices(), now()));
    }

    /**
     * Why nothing in {@code plan} may change: it was reached ("I got promoted") and is kept as it
     * was. Empty for a plan under way. Every change of a plan's content asks here (the database
     * refuses too, in fewer words).
     */
    public static Optional<String> refusal(Plan plan) {
        return plan.reachedOn().map(date -> I18n.t("plan.error.reached", plan.name(), I18n.date(date)));
    }

    /** Refuses any change to a reached plan, in the words of {@link #refusal}. */
    public static void requireEditable(Plan plan) {
        refusal(plan).ifPresent(message -> {
            throw new ValidationException(message);
        });
    }

    public Plan rename(long planId, String newName) {
        requireEditable(plan(planId));
        String problem = PlanName.problem(newName);
        if (!problem.isEmpty()) {
            throw new ValidationException(problem);
        }
        requireFreeName(newName, planId);
        return repository.rename(planId, newName, now());
    }

    /**
     * Refuses {@code name} if another plan than {@code planId} has the same name as people read it
     * ({@link PlanName#same}: case and Unicode normalization do not count). One check for
     * creating, renaming and importing; the database's unique index backs it up.
     */
    public void requireFreeName(String name, long planId) {
        repository.findByName(name).filter(p -> p.id() != planId).ifPresent(p -> {
            throw new PlanNameTakenException(p.name(), name);
        });
    }

    /**
     * What of the plan's stored values cannot be read, in words (empty when all can). Such values
     * are left out of {@link #open}, so the rest of the plan still shows and exports.
     */
    public List<String> damage(long planId) {
        return repository.damage(planId);
    }

    public void delete(long planId) {
        repository.delete(planId);
    }

    /**
     * Loads a plan with its framework (as shown in the user's language, {@link I18n#locale()}),
     * what it requires, its progress and readiness.
     */
    public PlanSnapshot open(long planId) {
        Plan plan = plan(planId);
        Framework framework = framework(plan.frameworkId()).in(I18n.locale());
        Map<String, MilestoneProgress> progress = repository.progress(planId);
        return PlanSnapshot.of(plan, framework, repository.ownMilestones(planId), progress);
    }

    Plan plan(long planId) {
        return repository.findById(planId).orElseThrow(() -> new ValidationException(I18n.t("error.planGone")));
    }

    /**
     * A tick: moves a milestone to {@code status} and saves it at once. The caller passes the
     * progress it shows ({@code shown}), so a tick costs one write and no read outside it; the
     * window, the command line, the benchmark's tick figure and the kill-durability test all tick
     * through here. A milestone marked done is dated today. If the milestone was changed elsewhere
     * meanwhile, the tick keeps that change ({@link #saveProgress}); if it is already at
     * {@code status} there, nothing is written. Returns the progress as stored. A reached plan refuses it in
     * the database ({@link #refusal} says why in full).
     *
     * @throws EditConflictException if its status was changed elsewhere to another one
     */
    public MilestoneProgress setStatus(long planId, MilestoneProgress shown, MilestoneStatus status) {
        MilestoneProgress updated = shown.withStatus(status, today());
        return GuardedSave.save(
                shown,
                updated,
                MilestoneProgress.FIELDS,
                stored -> stored.status() == status,
                (expected, wanted) -> repository.saveProgress(planId, expected, wanted, now()));
    }

    /**
     * Stores progress edited from {@code shown} (what the caller showed: evidence, notes, dates,
     * links, or a whole state put back by undo). A change saved elsewhere since the caller read
     * {@code shown} is kept: the edit is saved on top of it, field by field ({@link GuardedSave}).
     * Returns the progress as stored.
     *
     * @throws EditConflictException if a field this edit changed was changed elsewhere too
     */
    public MilestoneProgress saveProgress(long planId, MilestoneProgress shown, MilestoneProgress progress) {
        return GuardedSave.save(
                shown,
                progress,
                MilestoneProgress.FIELDS,
                progress::equals,
                (expected, wanted) -> repository.saveProgress(planId, expected, wanted, now()));
    }

    Framework framework(String id) {
        return frameworks
                .framework(id)
                .orElseThrow(() -> new ValidationException(I18n.t("plan.error.frameworkMissing", id)));
    }

    private Instant now() {
        return clock.instant();
    }

    /** Today by the service's clock: the date a milestone ticked now is done on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
