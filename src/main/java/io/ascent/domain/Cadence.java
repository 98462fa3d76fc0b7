package io.ascent.domain;

import io.ascent.text.I18n;
import java.util.Objects;
import java.util.Optional;

/**
 * How often a plan meets its rhythm: a check-in every {@code checkInWeeks} weeks, a 1:1 with the
 * manager every {@code oneOnOneWeeks} weeks (or no 1:1s at all), a review every
 * {@code reviewMonths} months. The one place that says how often a check-in is due.
 */
public record Cadence(int checkInWeeks, Optional<Integer> oneOnOneWeeks, int reviewMonths) {

    public static final int MAX_CHECK_IN_WEEKS = 52;
    public static final int MAX_ONE_ON_ONE_WEEKS = 12;
    public static final int MAX_REVIEW_MONTHS = 24;

    /** Every 4 weeks a check-in, every 2 weeks a 1:1, every 6 months a review. */
    public static final Cadence DEFAULT = new Cadence(4, Optional.of(2), 6);

    public Cadence {
        Objects.requireNonNull(oneOnOneWeeks, "oneOnOneWeeks");
        requireBetween(checkInWeeks, MAX_CHECK_IN_WEEKS, "rhythm.cadence.error.checkIn");
        oneOnOneWeeks.ifPresent(w -> requireBetween(w, MAX_ONE_ON_ONE_WEEKS, "rhythm.cadence.error.oneOnOne"));
        requireBetween(reviewMonths, MAX_REVIEW_MONTHS, "rhythm.cadence.error.review");
    }

    /** Days between check-ins: when the check-in reminder is due. */
    public int checkInDays() {
        return checkInWeeks * 7;
    }

    public boolean hasOneOnOnes() {
        return oneOnOneWeeks.isPresent();
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    public Cadence withCheckInWeeks(int weeks) {
        return new Cadence(weeks, oneOnOneWeeks, reviewMonths);
    }

    public Cadence withOneOnOneWeeks(Optional<Integer> weeks) {
        return new Cadence(checkInWeeks, weeks, reviewMonths);
    }

    public Cadence withReviewMonths(int months) {
        return new Cadence(checkInWeeks, oneOnOneWeeks, months);
    }

    private static void requireBetween(int value, int max, String key) {
        if (value < 1 || value > max) {
            throw new IllegalArgumentException(I18n.t(key, value, max));
        }
    }
}
