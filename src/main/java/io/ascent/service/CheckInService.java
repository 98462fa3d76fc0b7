package io.ascent.service;

import io.ascent.domain.CheckIn;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.persistence.CheckInRepository;
import io.ascent.persistence.RhythmRepository;
import io.ascent.text.I18n;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Check-ins: taking a snapshot of a plan now, listing a plan's snapshots, and telling whether a
 * reminder to check in is due.
 */
public class CheckInService {

    private final CheckInRepository repository;
    private final RhythmRepository rhythms;
    private final Clock clock;

    public CheckInService(CheckInRepository repository, RhythmRepository rhythms, Clock clock) {
        this.repository = repository;
        this.rhythms = rhythms;
        this.clock = clock;
    }

    /** Stores a snapshot of the plan as shown: its ratings, readiness and done milestones. */
    public CheckIn checkIn(PlanSnapshot view, Map<String, Rating> ratings, String note) {
        return checkIn(view, ratings, note, Map.of());
    }

    /**
     * The same, with the ratings of the plan's current manager review (competency id to level
     * id), so history can show how the reviewer's view moved too.
     */
    public CheckIn checkIn(
            PlanSnapshot view, Map<String, Rating> ratings, String note, Map<String, String> managerRatings) {
        PlanService.requireEditable(view.plan());
        if (note != null && note.strip().length() > CheckIn.MAX_NOTE) {
            throw new ValidationException(
                    I18n.t("checkIn.error.tooLong", note.strip().length(), CheckIn.MAX_NOTE));
        }
        Map<String, String> levels = new TreeMap<>();
        ratings.values().forEach(r -> levels.put(r.competencyId(), r.levelId()));
        Set<String> done = new LinkedHashSet<>();
        for (Milestone m : view.items()) {
            if (view.progressOf(m.id()).isDone()) {
                done.add(m.id());
            }
        }
        // Done milestones outside the required set still happened; keep them in the snapshot.
        view.progress().values().stream()
                .filter(MilestoneProgress::isDone)
                .map(MilestoneProgress::milestoneId)
                .sorted()
                .forEach(done::add);
        CheckIn checkIn =
                new CheckIn(0, view.plan().id(), clock.instant(), levels, view.readiness(), done, note, managerRatings);
        return repository.insert(checkIn);
    }

    /** The plan's check-ins, oldest first. */
    public List<CheckIn> history(long planId) {
        return repository.findByPlan(planId);
    }

    /** How often the plan should be checked in on: its cadence's weeks. */
    public int checkInWeeks(long planId) {
        return rhythms.cadence(planId).checkInWeeks();
    }

    /** Whether the plan is due a check-in today by its cadence, given its check-ins (oldest first). */
    public boolean reminderDue(PlanSnapshot view, List<CheckIn> history) {
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> last = history.isEmpty()
                ? Optional.empty()
                : Optional.of(history.get(history.size() - 1).date(clock.getZone()));
        LocalDate created = LocalDate.ofInstant(view.plan().createdAt(), clock.getZone());
        return CheckIn.isDue(
                last, created, today, rhythms.cadence(view.plan().id()).checkInDays());
    }
}
