package io.ascent.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * How fast a plan moves: required slots filled per 30 days over the last 90 days (a milestone
 * done beyond its cell's requirement adds nothing; see {@link Requirements#slotDates}), and the
 * date all required slots would be filled at that pace. Without a completion in the window there
 * is no pace, and no date is invented; nor before there is enough history for one (at least
 * {@link #MIN_DONE} completions, the first {@link #MIN_SPAN_DAYS} days or more ago): one tick on
 * the first day would otherwise project a date years away ("464 months behind").
 */
public record Pace(int completedInWindow, Optional<LocalDate> projectedDate, String summary) {

    public static final int WINDOW_DAYS = 90;
    /**
     * A projection up to this many days before the target date counts as on track: plans are not
     * kept to the day. A projection after the target date is behind by any margin, counted in days
     * below this many days.
     */
    static final int ON_TRACK_DAYS = 14;

    public static final String NO_PACE =
            "No pace yet: a date is projected once at least 3 milestones are done over 14 days or more.";

    /** Completions in the window a projection needs. */
    public static final int MIN_DONE = 3;

    /** How long ago the first of them must be, in days. */
    public static final int MIN_SPAN_DAYS = 14;

    public static final String TOO_EARLY = "Too early for a projection: it needs " + MIN_DONE
            + " milestones done over at least " + MIN_SPAN_DAYS + " days";

    /** Where the projected date lands against the target date. */
    public enum Schedule {
        ON_TRACK,
        BEHIND,
        AHEAD
    }

    /**
     * The verdict as values, so a user interface can word it in its own language: how far behind
     * or ahead, counted in {@code unit} (days under two weeks behind, weeks under two months, months
     * from then on; 0 weeks when on track).
     */
    public record Verdict(Schedule schedule, long amount, ChronoUnit unit) {
        public Verdict {
            Objects.requireNonNull(schedule, "schedule");
            Objects.requireNonNull(unit, "unit");
            if (unit != ChronoUnit.DAYS && unit != ChronoUnit.WEEKS && unit != ChronoUnit.MONTHS) {
                throw new IllegalArgumentException("a verdict counts days, weeks or months, not " + unit);
            }
        }
    }

    public Pace {
        Objects.requireNonNull(projectedDate, "projectedDate");
        Objects.requireNonNull(summary, "summary");
    }

    /** Milestones per 30 days, e.g. 2.0 for six milestones in 90 days. */
    public double perThirtyDays() {
        return completedInWindow * 30.0 / WINDOW_DAYS;
    }

    public boolean known() {
        return completedInWindow > 0;
    }

    /** Milestones were done lately, but too few or too recently for a projection. */
    public boolean tooEarly() {
        return known() && projectedDate.isEmpty();
    }

    /**
     * The pace on {@code today}. A done date counts when it is in the 90 days ending today
     * (today included). The projection rounds the days still needed up: a half day is a day.
     */
    public static Pace of(
            Collection<LocalDate> doneDates, Readiness readiness, Optional<LocalDate> targetDate, LocalDate today) {
        LocalDate windowStart = today.minusDays(WINDOW_DAYS - 1L);
        int count = (int) doneDates.stream()
                .filter(d -> !d.isBefore(windowStart) && !d.isAfter(today))
                .count();
        int remaining = readiness.required() - readiness.done();
        if (remaining == 0) {
            return new Pace(count, Optional.of(today), "All required milestones are done");
        }
        if (count == 0) {
            return new Pace(0, Optional.empty(), NO_PACE);
        }
        LocalDate first = doneDates.stream()
                .filter(d -> !d.isBefore(windowStart) && !d.isAfter(today))
                .min(LocalDate::compareTo)
                .orElseThrow();
        if (count < MIN_DONE || first.isAfter(today.minusDays(MIN_SPAN_DAYS))) {
            return new Pace(count, Optional.empty(), TOO_EARLY);
        }
        long days = ((long) remaining * WINDOW_DAYS + count - 1) / count;
        LocalDate projected = today.plusDays(days);
        return new Pace(count, Optional.of(projected), verdict(projected, targetDate));
    }

    /** The projection against {@code targetDate}; empty without a projection or without a target. */
    public Optional<Verdict> against(Optional<LocalDate> targetDate) {
        return projectedDate.flatMap(projected -> verdictOf(projected, targetDate));
    }

    static Optional<Verdict> verdictOf(LocalDate projected, Optional<LocalDate> targetDate) {
        if (targetDate.isEmpty()) {
            return Optional.empty();
        }
        long late = ChronoUnit.DAYS.between(targetDate.get(), projected);
        if (late <= 0 && -late < ON_TRACK_DAYS) {
            return Optional.of(new Verdict(Schedule.ON_TRACK, 0, ChronoUnit.WEEKS));
        }
        if (late > 0 && late < ON_TRACK_DAYS) {
            return Optional.of(new Verdict(Schedule.BEHIND, late, ChronoUnit.DAYS));
        }
        long days = Math.abs(late);
        Schedule schedule = late > 0 ? Schedule.BEHIND : Schedule.AHEAD;
        return Optional.of(
                days < 60
                        ? new Verdict(schedule, Math.round(days / 7.0), ChronoUnit.WEEKS)
                        : new Verdict(schedule, Math.round(days / 30.0), ChronoUnit.MONTHS));
    }

    /** The verdict in English words, e.g. "3 months behind" (the summary kept for text output). */
    static String verdict(LocalDate projected, Optional<LocalDate> targetDate) {
        return verdictOf(projected, targetDate)
                .map(v -> switch (v.schedule()) {
                    case ON_TRACK -> "on track";
                    case BEHIND -> plural(v.amount(), unitWord(v.unit())) + " behind";
                    case AHEAD -> plural(v.amount(), unitWord(v.unit())) + " ahead";
                })
                .orElse("No target date set");
    }

    private static String unitWord(ChronoUnit unit) {
        return switch (unit) {
            case DAYS -> "day";
            case WEEKS -> "week";
            default -> "month";
        };
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
