package io.ascent.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An all-day event of a plan's calendar: a check-in, a 1:1 to prepare, a review (each repeating)
 * or a milestone's due date. {@code key} names the thing ("check-in", "milestone-ID"), never its
 * date, so the event keeps its identity when the date moves.
 */
public record CalendarEvent(String key, LocalDate start, Optional<Repeat> repeat, String summary, String description) {

    /** How often an event repeats. */
    public enum Frequency {
        WEEKLY,
        MONTHLY
    }

    /** Every {@code interval} weeks or months. */
    public record Repeat(Frequency frequency, int interval) {
        public Repeat {
            Objects.requireNonNull(frequency, "frequency");
            if (interval < 1) {
                throw new IllegalArgumentException("interval " + interval);
            }
        }
    }

    public CalendarEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(start, "start");
        repeat = repeat == null ? Optional.empty() : repeat;
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
    }
}
