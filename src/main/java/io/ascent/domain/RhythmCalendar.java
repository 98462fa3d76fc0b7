package io.ascent.domain;

import io.ascent.domain.CalendarEvent.Frequency;
import io.ascent.domain.CalendarEvent.Repeat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The events a plan puts in the user's calendar: the recurring check-in, 1:1 and review, each
 * starting one interval after the last one held (or after the plan's start), and the due date of
 * every milestone not done. Words come from {@link Words}, so the domain stays language-free.
 */
public final class RhythmCalendar {

    public static final String CHECK_IN = "check-in";
    public static final String ONE_ON_ONE = "one-on-one";
    public static final String REVIEW = "review";
    public static final String MILESTONE = "milestone-";

    /** The summary and description of each kind of event, in the user's language. */
    public interface Words {
        String checkIn(String planName);

        String oneOnOne(String planName);

        String review(String planName);

        String milestone(String planName, String title);

        String description(String planName);
    }

    private RhythmCalendar() {}

    public static List<CalendarEvent> of(Upcoming.Context c, Words words) {
        String name = c.plan().plan().name();
        String about = words.description(name);
        Cadence cadence = c.cadence();
        List<CalendarEvent> events = new ArrayList<>();
        events.add(new CalendarEvent(
                CHECK_IN,
                c.dates().nextCheckIn(cadence),
                Optional.of(new Repeat(Frequency.WEEKLY, cadence.checkInWeeks())),
                words.checkIn(name),
                about));
        c.dates()
                .firstOneOnOne(cadence)
                .ifPresent(first -> events.add(new CalendarEvent(
                        ONE_ON_ONE,
                        first,
                        Optional.of(new Repeat(
                                Frequency.WEEKLY, cadence.oneOnOneWeeks().orElseThrow())),
                        words.oneOnOne(name),
                        about)));
        events.add(new CalendarEvent(
                REVIEW,
                c.dates().firstReview(cadence),
                Optional.of(new Repeat(Frequency.MONTHLY, cadence.reviewMonths())),
                words.review(name),
                about));
        Upcoming.dueMilestones(c)
                .sorted((a, b) -> a.itemId().compareTo(b.itemId()))
                .forEach(i -> events.add(new CalendarEvent(
                        MILESTONE + i.itemId(), i.date(), Optional.empty(), words.milestone(name, i.title()), about)));
        return events;
    }
}
