package io.ascent.persistence.files;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.DateStart;
import biweekly.property.DateTimeStamp;
import biweekly.property.Transparency;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import io.ascent.domain.CalendarEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * Writes a plan's calendar as an iCalendar file (RFC 5545, docs/calendar-format.md) with the
 * biweekly library: all-day events, recurring ones with an RRULE, each with a UID made of the
 * plan's UUID and the event's key, so importing a newer file updates the events it imported before.
 */
public final class CalendarFiles {

    /** The UID of {@code key} in the calendar of the plan with {@code planUuid}. */
    public static String uid(String planUuid, String key) {
        return planUuid + "-" + key + "@ascent";
    }

    /**
     * The calendar's text. {@code stamp} is the DTSTAMP of every event: the plan's last change, so
     * an unchanged plan gives the same file.
     */
    public String write(String planUuid, String calendarName, List<CalendarEvent> events, Instant stamp) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Ascent//Career plan//EN");
        calendar.setName(calendarName);
        for (CalendarEvent e : events) {
            VEvent event = new VEvent();
            event.setUid(uid(planUuid, e.key()));
            event.setDateTimeStamp(new DateTimeStamp(Date.from(stamp)));
            event.setDateStart(new DateStart(allDay(e.start())));
            event.setSummary(e.summary());
            if (!e.description().isEmpty()) {
                event.setDescription(e.description());
            }
            // A reminder, not a meeting: the day is not shown as busy.
            event.setTransparency(Transparency.transparent());
            e.repeat()
                    .ifPresent(r -> event.setRecurrenceRule(new Recurrence.Builder(frequency(r.frequency()))
                            .interval(r.interval())
                            .build()));
            calendar.addEvent(event);
        }
        StringWriter text = new StringWriter();
        try (ICalWriter writer = new ICalWriter(text, ICalVersion.V2_0)) {
            writer.write(calendar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** A date without a time, as its year, month and day: no time zone can move it to another day. */
    private static ICalDate allDay(LocalDate date) {
        return new ICalDate(new DateTimeComponents(date.getYear(), date.getMonthValue(), date.getDayOfMonth()), false);
    }

    private static Frequency frequency(CalendarEvent.Frequency frequency) {
        return switch (frequency) {
            case WEEKLY -> Frequency.WEEKLY;
            case MONTHLY -> Frequency.MONTHLY;
        };
    }
}
