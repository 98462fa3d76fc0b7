package io.ascent.service;

import io.ascent.domain.Framework;
import io.ascent.domain.InputRules;
import io.ascent.domain.Level;
import io.ascent.domain.NextPlan;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanArchive;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanRhythm;
import io.ascent.domain.Rating;
import io.ascent.domain.Requirements;
import io.ascent.domain.Win;
import io.ascent.persistence.PlanRepository;
import io.ascent.text.I18n;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "I got promoted": marking a plan as reached on a day, after which it is kept as it was, and
 * starting the next plan from the level reached, carrying what still counts ({@link NextPlan}).
 */
public class PromotionService {

    private final PlanService plans;
    private final PlanRepository repository;
    private final AssessmentService assessments;
    private final WinService wins;
    private final Clock clock;

    public PromotionService(
            PlanService plans, PlanRepository repository, AssessmentService assessments, WinService wins, Clock clock) {
        this.plans = plans;
        this.repository = repository;
        this.assessments = assessments;
        this.wins = wins;
        this.clock = clock;
    }

    /** Marks the plan as reached on {@code date} (today or earlier); from then on it cannot change. */
    public Plan markReached(long planId, LocalDate date) {
        Plan plan = plans.plan(planId);
        if (plan.isReached()) {
            throw new ValidationException(I18n.t(
                    "plan.error.alreadyReached",
                    plan.name(),
                    I18n.date(plan.reachedOn().orElseThrow())));
        }
        if (date.isAfter(plans.today())) {
            throw new ValidationException(I18n.t("plan.error.reachedFuture", I18n.date(date)));
        }
        try {
            InputRules.requireDateInRange(date, "input.field.reachedOn");
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
        return repository.update(plan.withReachedOn(Optional.of(date), clock.instant()));
    }

    /** Takes "reached" back (undo in the window): the plan is under way again, as it was. */
    public Plan reopen(long planId) {
        Plan plan = plans.plan(planId);
        return plan.isReached() ? repository.update(plan.withReachedOn(Optional.empty(), clock.instant())) : plan;
    }

    /**
     * The next plan Ascent suggests after {@code planId}: from its target to the next level on
     * the same track ({@link NextPlan#target}), same specialization, named after the new target
     * with a name no plan has. Empty at the top of the ladder.
     */
    public Optional<PlanDraft> offer(long planId) {
        Plan plan = plans.plan(planId);
        Framework framework = plans.framework(plan.frameworkId()).in(I18n.locale());
        return NextPlan.target(framework, plan)
                .map(target -> new PlanDraft(
                        NextPlan.name(
                                target, name -> repository.findByName(name).isPresent()),
                        plan.frameworkId(),
                        plan.targetLevelId(),
                        target.id(),
                        plan.specializationId(),
                        Optional.empty()));
    }

    /**
     * Starts the next plan after the reached plan {@code reachedId}: from the level it reached
     * (whatever {@code next} says of the current level), checked like any new plan, with the
     * reached plan's ratings as a starting point, its progress on the items both share, and its
     * wins (a promotion case keeps counting them), tagged with what still applies. Its rhythm is
     * the default one, with no 1:1s and no questions.
     */
    public Plan startNext(long reachedId, PlanDraft next) {
        Plan reached = plans.plan(reachedId);
        if (!reached.isReached()) {
            throw new ValidationException(I18n.t("plan.error.notReached", reached.name()));
        }
        Framework framework = plans.framework(reached.frameworkId());
        PlanDraft checked = PlanChecks.checked(
                framework,
                new PlanDraft(
                        next.name(),
                        reached.frameworkId(),
                        reached.targetLevelId(),
                        next.targetLevelId(),
                        next.specializationId(),
                        next.targetDate()),
                plans.today(),
                Optional.empty());
        plans.requireFreeName(checked.name(), 0);
        Plan plan = new Plan(
                0,
                checked.name(),
                checked.frameworkId(),
                checked.currentLevelId(),
                checked.targetLevelId(),
                checked.specializationId(),
                checked.targetDate(),
                clock.instant(),
                clock.instant());
        Map<String, Rating> ratings = assessments.ratings(reachedId).entrySet().stream()
                .filter(e -> framework
                        .competency(e.getKey())
                        .filter(c -> c.appliesTo(plan.specializationId()))
                        .isPresent())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        NextPlan.CarryOver carried =
                NextPlan.carryOver(Requirements.of(framework, plan), repository.progress(reachedId), ratings);
        List<Win> carriedWins = wins.wins(reachedId).stream()
                .map(w -> WinService.stillApplying(framework, plan, w))
                .toList();
        // The rhythm starts afresh: a new level brings a new manager rhythm, and the old 1:1s and
        // questions belong to the climb they were about.
        return repository.importArchive(new PlanArchive(
                plan, carried.progress(), carried.ratings(), List.of(), List.of(), carriedWins, PlanRhythm.DEFAULT));
    }

    /** The levels a next plan after {@code planId} can aim at. */
    public List<Level> targets(long planId) {
        Plan plan = plans.plan(planId);
        return NextPlan.targets(plans.framework(plan.frameworkId()).in(I18n.locale()), plan);
    }
}
