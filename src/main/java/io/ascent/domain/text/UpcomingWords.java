package io.ascent.domain.text;

import io.ascent.domain.UpcomingItem;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An upcoming item in the user's language: what is due, and when. Shared by the dashboard and the CLI. */
public final class UpcomingWords {

    private UpcomingWords() {}

    /** "Ran an A/B test end to end", "Check-in", "1:1 with your manager", "Review". */
    public static String what(UpcomingItem item) {
        return switch (item.kind()) {
            case MILESTONE -> item.title();
            case CHECK_IN -> I18n.t("rhythm.upcoming.checkIn");
            case ONE_ON_ONE -> I18n.t("rhythm.upcoming.oneOnOne");
            case REVIEW -> I18n.t("rhythm.upcoming.review");
        };
    }

    /** "today", "tomorrow", "in 5 days, 11 Dec 2026", "overdue since 3 Dec 2026". */
    public static String when(UpcomingItem item, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, item.date());
        if (days < 0) {
            return I18n.t("rhythm.upcoming.overdue", I18n.date(item.date()), -days);
        }
        if (days == 0) {
            return I18n.t("rhythm.upcoming.today");
        }
        if (days == 1) {
            return I18n.t("rhythm.upcoming.tomorrow");
        }
        return I18n.t("rhythm.upcoming.inDays", days, I18n.date(item.date()));
    }

    /** What and when on one line. */
    public static String line(UpcomingItem item, LocalDate today) {
        return I18n.t("rhythm.upcoming.line", what(item), when(item, today));
    }
}
