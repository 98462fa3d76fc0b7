package io.ascent.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something due on a date: a milestone's due date, the next check-in, 1:1 or review. {@code itemId}
 * and {@code title} name the milestone for {@link Kind#MILESTONE}, and are empty otherwise.
 */
public record UpcomingItem(Kind kind, LocalDate date, String itemId, String title) {

    /** What is due, in the order the same day lists them. */
    public enum Kind {
        MILESTONE,
        CHECK_IN,
        ONE_ON_ONE,
        REVIEW
    }

    public UpcomingItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        itemId = itemId == null ? "" : itemId;
        title = title == null ? "" : title;
    }

    static UpcomingItem event(Kind kind, LocalDate date) {
        return new UpcomingItem(kind, date, "", "");
    }

    public boolean isOverdue(LocalDate today) {
        return date.isBefore(today);
    }
}
