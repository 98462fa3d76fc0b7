package io.ascent.service;

import io.ascent.domain.Cadence;
import io.ascent.domain.CheckIn;
import io.ascent.domain.OneOnOne;
import io.ascent.domain.PlanRhythm;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.RhythmDates;
import io.ascent.domain.Upcoming;
import io.ascent.domain.UpcomingItem;
import io.ascent.persistence.RhythmRepository;
import io.ascent.text.I18n;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A plan's rhythm: how often it is checked in on, meets 1:1 and is reviewed, and what falls due.
 * The window and the command line ({@code plan cadence}, {@code plan upcoming}) both ask here.
 */
public class RhythmService {

    private final RhythmRepository repository;
    private final PlanService plans;
    private final CheckInService checkIns;
    private final LongFunction<Optional<Instant>> lastReview;
    private final Clock clock;

    /** {@code lastReview} gives when the plan's current manager review was answered, if it has one. */
    public RhythmService(
            RhythmRepository repository,
            PlanService plans,
            CheckInService checkIns,
            LongFunction<Optional<Instant>> lastReview,
            Clock clock) {
        this.repository = repository;
        this.plans = plans;
        this.checkIns = checkIns;
        this.lastReview = lastReview;
        this.clock = clock;
    }

    /** The plan's cadence; the default one until the user sets another. */
    public Cadence cadence(long planId) {
        return repository.cadence(planId);
    }

    /** Stores the plan's new cadence (the record has already checked its numbers); a reached plan refuses it. */
    public Cadence setCadence(long planId, Cadence cadence) {
        PlanService.requireEditable(plans.open(planId).plan());
        repository.saveCadence(planId, cadence, clock.instant());
        return cadence;
    }

    /** What the plan file carries of the plan's rhythm. */
    public PlanRhythm rhythm(long planId) {
        return new PlanRhythm(cadence(planId), repository.oneOnOnes(planId), repository.questions(planId));
    }

    /** Today by the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Where the plan's rhythm stands, given its check-ins (oldest first), its 1:1s and its last review. */
    public RhythmDates dates(PlanSnapshot view, List<CheckIn> history) {
        long planId = view.plan().id();
        LocalDate start = LocalDate.ofInstant(view.plan().createdAt(), clock.getZone());
        Optional<LocalDate> lastCheckIn = history.isEmpty()
                ? Optional.empty()
                : Optional.of(history.get(history.size() - 1).date(clock.getZone()));
        List<OneOnOne> log = repository.oneOnOnes(planId);
        Optional<LocalDate> lastOneOnOne = log.isEmpty()
                ? Optional.empty()
                : Optional.of(log.get(log.size() - 1).heldOn());
        return new RhythmDates(
                start,
                lastCheckIn,
                lastOneOnOne,
                lastReview.apply(planId).map(t -> LocalDate.ofInstant(t, clock.getZone())));
    }

    /** What the sources of upcoming items look at, for a plan as shown with its check-ins. */
    public Upcoming.Context context(PlanSnapshot view, List<CheckIn> history) {
        return new Upcoming.Context(view, cadence(view.plan().id()), dates(view, history), today());
    }

    /** What is due or overdue in the next {@code days} days, for a plan as shown with its check-ins. */
    public List<UpcomingItem> upcoming(PlanSnapshot view, List<CheckIn> history, int days) {
        try {
            return Upcoming.of(context(view, history), days);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
    }

    /** What is due or overdue in the next {@code days} days for the stored plan. */
    public List<UpcomingItem> upcoming(long planId, int days) {
        if (days < 0 || days > Upcoming.MAX_DAYS) {
            throw new ValidationException(I18n.t("rhythm.upcoming.error.days", days, Upcoming.MAX_DAYS));
        }
        return upcoming(plans.open(planId), checkIns.history(planId), days);
    }
}
