package io.ascent.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * How fast a plan moves: milestones completed per 30 days over the last 90 days, and the date
 * all required milestones would be done at that pace. Without a completion in the window there
 * is no pace, and no date is invented.
 */
public record Pace(int completedInWindow, Optional<LocalDate> projectedDate, String summary) {

    public static final int WINDOW_DAYS = 90;
    /** Closer than this to the target date counts as on track: plans are not kept to the day. */
    static final int ON_TRACK_DAYS = 14;
    public static final String NO_PACE = "No pace yet: tick a milestone to see a projection";

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

    /**
     * The pace on {@code today}. A done date counts when it is in the 90 days ending today
     * (today included). The projection rounds the days still needed up: a half day is a day.
     */
    public static Pace of(Collection<LocalDate> doneDates, Readiness readiness, Optional<LocalDate> targetDate,
            LocalDate today) {
        LocalDate windowStart = today.minusDays(WINDOW_DAYS - 1L);
        int count = (int) doneDates.stream().filter(d -> !d.isBefore(windowStart) && !d.isAfter(today)).count();
        int remaining = readiness.required() - readiness.done();
        if (remaining == 0) {
            return new Pace(count, Optional.of(today), "All required milestones are done");
        }
        if (count == 0) {
            return new Pace(0, Optional.empty(), NO_PACE);
        }
        long days = ((long) remaining * WINDOW_DAYS + count - 1) / count;
        LocalDate projected = today.plusDays(days);
        return new Pace(count, Optional.of(projected), verdict(projected, targetDate));
    }

    static String verdict(LocalDate projected, Optional<LocalDate> targetDate) {
        if (targetDate.isEmpty()) {
            return "No target date set";
        }
        long late = ChronoUnit.DAYS.between(targetDate.get(), projected);
        if (Math.abs(late) < ON_TRACK_DAYS) {
            return "on track";
        }
        long days = Math.abs(late);
        String amount = days < 60 ? plural(Math.round(days / 7.0), "week") : plural(Math.round(days / 30.0), "month");
        return amount + (late > 0 ? " behind" : " ahead");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
