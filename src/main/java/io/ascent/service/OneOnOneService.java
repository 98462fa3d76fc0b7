package io.ascent.service;

import io.ascent.domain.ActionItem;
import io.ascent.domain.NextQuestion;
import io.ascent.domain.OneOnOne;
import io.ascent.domain.OwnMilestone;
import io.ascent.domain.OwnMilestoneDraft;
import io.ascent.domain.PlanInsights;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.review.ReceivedReview;
import io.ascent.domain.review.ReviewComparison;
import io.ascent.domain.rhythm.Agenda;
import io.ascent.domain.rhythm.AgendaBuilder;
import io.ascent.persistence.RhythmRepository;
import io.ascent.text.I18n;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * 1:1s with the manager: the agenda of the next one, the questions jotted down for it, the log of
 * the ones held, and an action item that becomes a milestone of the user's own. The window's
 * Plan &gt; 1:1 agenda and the command line's {@code plan agenda} both ask here.
 */
public class OneOnOneService {

    private final RhythmRepository repository;
    private final PlanService plans;
    private final CheckInService checkIns;
    private final AssessmentService assessments;
    private final RhythmService rhythms;
    private final OwnMilestoneService ownMilestones;
    private final WinService wins;
    private final LongFunction<Optional<ReceivedReview>> currentReview;
    private final Clock clock;

    /** {@code currentReview} gives the plan's current manager review, if it has one. */
    public OneOnOneService(
            RhythmRepository repository,
            PlanService plans,
            CheckInService checkIns,
            AssessmentService assessments,
            RhythmService rhythms,
            OwnMilestoneService ownMilestones,
            WinService wins,
            LongFunction<Optional<ReceivedReview>> currentReview,
            Clock clock) {
        this.repository = repository;
        this.plans = plans;
        this.checkIns = checkIns;
        this.assessments = assessments;
        this.rhythms = rhythms;
        this.ownMilestones = ownMilestones;
        this.wins = wins;
        this.currentReview = currentReview;
        this.clock = clock;
    }

    /** The agenda of the next 1:1, from what matters since the last one. */
    public Agenda agenda(long planId) {
        PlanSnapshot view = plans.open(planId);
        PlanInsights insights = PlanInsights.of(view, assessments.ratings(planId), clock);
        Optional<ReceivedReview> review = currentReview.apply(planId);
        return AgendaBuilder.build(new AgendaBuilder.Input(
                rhythms.context(view, checkIns.history(planId)),
                lastHeld(planId),
                insights.nextSteps(),
                review.map(r -> ReviewComparison.of(insights.assessment(), Optional.of(r))),
                repository.questions(planId),
                wins.wins(planId)));
    }

    /** The plan's 1:1s, oldest first. */
    public List<OneOnOne> log(long planId) {
        return repository.oneOnOnes(planId);
    }

    public Optional<LocalDate> lastHeld(long planId) {
        List<OneOnOne> log = log(planId);
        return log.isEmpty()
                ? Optional.empty()
                : Optional.of(log.get(log.size() - 1).heldOn());
    }

    public List<NextQuestion> questions(long planId) {
        return repository.questions(planId);
    }

    /** Adds a question "for my next 1:1". */
    public NextQuestion addQuestion(long planId, String text) {
        requireEditable(planId);
        try {
            return repository.addQuestion(planId, new NextQuestion(0, text, clock.instant()).text(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
    }

    public void removeQuestion(long planId, long questionId) {
        requireEditable(planId);
        repository.removeQuestion(planId, questionId, clock.instant());
    }

    /**
     * Records a 1:1 held on {@code heldOn} with the agenda as used, the decisions and the action
     * items; the questions it answered leave the list. A day after today is refused.
     */
    public OneOnOne record(
            long planId,
            LocalDate heldOn,
            String agenda,
            List<String> decisions,
            List<ActionItem> actions,
            List<Long> answered) {
        requireEditable(planId);
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new ValidationException(I18n.t("rhythm.error.future", I18n.date(heldOn)));
        }
        OneOnOne meeting;
        try {
            meeting = new OneOnOne(0, heldOn, agenda, decisions, actions);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
        return repository.recordOneOnOne(planId, meeting, answered, clock.instant());
    }

    /**
     * Turns action item {@code index} of 1:1 {@code oneOnOneId} into a milestone of the user's own
     * as {@code draft} says (its competency, level, words and due date, which start as the item's);
     * the item then names it. Returns the new milestone.
     */
    public OwnMilestone makeMilestone(long planId, long oneOnOneId, int index, OwnMilestoneDraft draft) {
        OneOnOne meeting = log(planId).stream()
                .filter(m -> m.id() == oneOnOneId)
                .findFirst()
                .orElseThrow(() -> new ValidationException(I18n.t("rhythm.error.noOneOnOne")));
        if (index < 0 || index >= meeting.actionItems().size()) {
            throw new ValidationException(I18n.t("rhythm.error.noAction", index + 1));
        }
        ActionItem action = meeting.actionItems().get(index);
        if (action.milestoneId().isPresent()) {
            throw new ValidationException(I18n.t("rhythm.error.alreadyMilestone", action.text()));
        }
        OwnMilestone added = ownMilestones.add(planId, draft);
        List<ActionItem> actions = new ArrayList<>(meeting.actionItems());
        actions.set(index, action.withMilestone(added.id()));
        repository.saveActions(planId, oneOnOneId, actions, clock.instant());
        return added;
    }

    private void requireEditable(long planId) {
        PlanService.requireEditable(plans.open(planId).plan());
    }
}
