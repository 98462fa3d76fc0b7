package io.ascent.domain;

import static io.ascent.domain.Checks.requireLength;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A dated, immutable snapshot of a plan: its ratings (competency id to level id), its
 * readiness, the milestones done at that moment, a note, and the ratings of the plan's current
 * manager review at that moment (empty without one). Once stored it never changes, so history
 * shows what the person believed then, not what they believe now.
 */
public record CheckIn(
        long id,
        long planId,
        Instant takenAt,
        Map<String, String> ratings,
        Readiness readiness,
        Set<String> doneMilestoneIds,
        String note,
        Map<String, String> managerRatings) {

    public static final int MAX_NOTE = 2_000;

    public CheckIn {
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(readiness, "readiness");
        ratings = Collections.unmodifiableMap(new TreeMap<>(ratings));
        doneMilestoneIds = Collections.unmodifiableSet(new LinkedHashSet<>(doneMilestoneIds));
        note = InputRules.requireStorable(
                requireLength(note == null ? "" : note.strip(), MAX_NOTE, "domain.what.note"),
                "input.field.checkInNote");
        managerRatings = Collections.unmodifiableMap(new TreeMap<>(managerRatings == null ? Map.of() : managerRatings));
    }

    /** A check-in of a plan without a manager review. */
    public CheckIn(
            long id,
            long planId,
            Instant takenAt,
            Map<String, String> ratings,
            Readiness readiness,
            Set<String> doneMilestoneIds,
            String note) {
        this(id, planId, takenAt, ratings, readiness, doneMilestoneIds, note, Map.of());
    }

    public CheckIn withId(long newId) {
        return new CheckIn(newId, planId, takenAt, ratings, readiness, doneMilestoneIds, note, managerRatings);
    }

    /** The same snapshot with the manager review's ratings then (competency id to level id). */
    public CheckIn withManagerRatings(Map<String, String> levels) {
        return new CheckIn(id, planId, takenAt, ratings, readiness, doneMilestoneIds, note, levels);
    }

    public LocalDate date(ZoneId zone) {
        return LocalDate.ofInstant(takenAt, zone);
    }

    /**
     * Whether a reminder to check in is due on {@code today}: the last check-in (or, with none,
     * the day the plan was made) is more than {@code cadenceDays} ago ({@link Cadence#checkInDays()}).
     */
    public static boolean isDue(
            Optional<LocalDate> lastCheckIn, LocalDate planCreated, LocalDate today, int cadenceDays) {
        LocalDate since = lastCheckIn.orElse(planCreated);
        return since.plusDays(cadenceDays).isBefore(today);
    }
}
