package io.ascent.service;

import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanName;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Requirements;
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
        Framework framework = framework(draft.frameworkId());
        Level current = framework
                .level(draft.currentLevelId())
                .orElseThrow(
                        () -> new ValidationException(I18n.t("plan.error.unknownCurrent", draft.currentLevelId())));
        Level target = framework
                .level(draft.targetLevelId())
                .orElseThrow(() -> new ValidationException(I18n.t("plan.error.unknownTarget", draft.targetLevelId())));
        if (target.rank() <= current.rank()) {
            throw new ValidationException(I18n.t("plan.error.targetNotAbove", target.title(), current.title()));
        }
        String specialization;
        try {
            specialization = Specializations.resolve(framework, Optional.of(draft.specializationId()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
        draft.targetDate().ifPresent(date -> {
            if (date.isBefore(today())) {
                throw new ValidationException(I18n.t("plan.error.pastDate", I18n.date(date)));
            }
        });
        if (repository.findByName(draft.name()).isPresent()) {
            throw new ValidationException(I18n.t("plan.error.nameTaken", draft.name()));
        }
        return repository.create(
                new PlanDraft(
                        draft.name(),
                        draft.frameworkId(),
                        draft.currentLevelId(),
                        draft.targetLevelId(),
                        specialization,
                        draft.targetDate()),
                now());
    }

    public Plan rename(long planId, String newName) {
        String problem = PlanName.problem(newName);
        if (!problem.isEmpty()) {
            throw new ValidationException(problem);
        }
        repository.findByName(newName).filter(p -> p.id() != planId).ifPresent(p -> {
            throw new ValidationException(I18n.t("plan.error.nameTaken", p.name()));
        });
        return repository.rename(planId, newName, now());
    }

    public void delete(long planId) {
        repository.delete(planId);
    }

    /**
     * Loads a plan with its framework (as shown in the user's language, {@link I18n#locale()}),
     * what it requires, its progress and readiness.
     */
    public PlanSnapshot open(long planId) {
        Plan plan = repository.findById(planId).orElseThrow(() -> new ValidationException(I18n.t("error.planGone")));
        Framework framework = framework(plan.frameworkId()).in(I18n.locale());
        Map<String, MilestoneProgress> progress = repository.progress(planId);
        return PlanSnapshot.of(plan, framework, Requirements.of(framework, plan), progress);
    }

    /**
     * A tick: moves a milestone to {@code status} and saves it at once. The caller passes the
     * progress it shows ({@code shown}), so a tick costs one write and no read; the window, the
     * command line, the benchmark's tick figure and the kill-durability test all tick through here.
     * A milestone marked done is dated today; only its status and done date are written.
     */
    public MilestoneProgress setStatus(long planId, MilestoneProgress shown, MilestoneStatus status) {
        MilestoneProgress updated = shown.withStatus(status, today());
        repository.setStatus(planId, updated, now());
        return updated;
    }

    /** Stores edited progress (evidence, notes, dates, links, or a whole state put back by undo) as given. */
    public MilestoneProgress saveProgress(long planId, MilestoneProgress progress) {
        repository.saveProgress(planId, progress, now());
        return progress;
    }

    private Framework framework(String id) {
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
