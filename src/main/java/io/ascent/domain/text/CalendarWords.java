package io.ascent.domain.text;

import io.ascent.domain.RhythmCalendar;
import io.ascent.text.I18n;

/** The words of a plan's calendar events, in the user's language. */
public final class CalendarWords implements RhythmCalendar.Words {

    @Override
    public String checkIn(String planName) {
        return I18n.t("rhythm.calendar.checkIn", planName);
    }

    @Override
    public String oneOnOne(String planName) {
        return I18n.t("rhythm.calendar.oneOnOne", planName);
    }

    @Override
    public String review(String planName) {
        return I18n.t("rhythm.calendar.review", planName);
    }

    @Override
    public String milestone(String planName, String title) {
        return I18n.t("rhythm.calendar.milestone", title, planName);
    }

    @Override
    public String description(String planName) {
        return I18n.t("rhythm.calendar.description", planName);
    }

    /** The calendar's name as calendar apps show it. */
    public static String calendarName(String planName) {
        return I18n.t("rhythm.calendar.name", planName);
    }
}
