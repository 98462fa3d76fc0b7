package io.ascent.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a plan's rhythm stands: the day the plan began and the last check-in, 1:1 and review
 * held, each absent until the first one. Each recurring event is anchored at its last one (or,
 * before the first, at the plan's start): the next is one interval later.
 */
public record RhythmDates(
        LocalDate planStart,
        Optional<LocalDate> lastCheckIn,
        Optional<LocalDate> lastOneOnOne,
        Optional<LocalDate> lastReview) {

    public RhythmDates {
        Objects.requireNonNull(planStart, "planStart");
        lastCheckIn = lastCheckIn == null ? Optional.empty() : lastCheckIn;
        lastOneOnOne = lastOneOnOne == null ? Optional.empty() : lastOneOnOne;
        lastReview = lastReview == null ? Optional.empty() : lastReview;
    }

    /** The next check-in: one cadence after the last (or the plan's start); it may be overdue. */
    public LocalDate nextCheckIn(Cadence cadence) {
        return lastCheckIn.orElse(planStart).plusWeeks(cadence.checkInWeeks());
    }

    /** The first 1:1 of the series after the last one that is on or after {@code today}; none without 1:1s. */
    public Optional<LocalDate> nextOneOnOne(Cadence cadence, LocalDate today) {
        return cadence.oneOnOneWeeks().map(weeks -> {
            LocalDate next = firstOneOnOne(cadence).orElseThrow();
            while (next.isBefore(today)) {
                next = next.plusWeeks(weeks);
            }
            return next;
        });
    }

    /** The first 1:1 after the last one held (or the plan's start): where the series begins. */
    public Optional<LocalDate> firstOneOnOne(Cadence cadence) {
        return cadence.oneOnOneWeeks().map(w -> lastOneOnOne.orElse(planStart).plusWeeks(w));
    }

    /** The first review after the last one (or the plan's start). */
    public LocalDate firstReview(Cadence cadence) {
        return lastReview.orElse(planStart).plusMonths(cadence.reviewMonths());
    }

    /** The first review of the series that is on or after {@code today}. */
    public LocalDate nextReview(Cadence cadence, LocalDate today) {
        LocalDate anchor = lastReview.orElse(planStart);
        int k = 1;
        // Counted from the anchor each time, so the 31st stays the month's last day, not the 28th.
        while (anchor.plusMonths((long) k * cadence.reviewMonths()).isBefore(today)) {
            k++;
        }
        return anchor.plusMonths((long) k * cadence.reviewMonths());
    }
}
