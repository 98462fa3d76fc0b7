package io.ascent.domain.text;

import io.ascent.domain.Pace;
import io.ascent.domain.Readiness;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The pace and its projection in the user's language: how fast the plan moves, when it would be
 * done, and against which target. Shared by the dashboard and the printed plan so they agree.
 */
public final class PaceWords {

    private PaceWords() {}

    /** "2.0 milestones per 30 days (6 done in the last 90 days)", or what a pace still needs. */
    public static String pace(Pace pace) {
        if (!pace.known()) {
            return I18n.t("dashboard.pace.none", Pace.MIN_DONE, Pace.MIN_SPAN_DAYS);
        }
        if (pace.tooEarly()) {
            return I18n.t(
                    "dashboard.pace.tooEarly",
                    pace.completedInWindow(),
                    Pace.WINDOW_DAYS,
                    Pace.MIN_DONE,
                    Pace.MIN_SPAN_DAYS);
        }
        return I18n.t("dashboard.pace.known", pace.perThirtyDays(), pace.completedInWindow(), Pace.WINDOW_DAYS);
    }

    /** Empty without a projection: the pace line already says how to get one. */
    public static String projection(Pace pace, Readiness readiness, Optional<LocalDate> targetDate) {
        if (pace.projectedDate().isEmpty()) {
            return "";
        }
        if (readiness.done() == readiness.required()) {
            return I18n.t("dashboard.projection.allDone");
        }
        String full = I18n.percent(1.0);
        String by = I18n.date(pace.projectedDate().get());
        return pace.against(targetDate)
                .map(v -> I18n.t("dashboard.projection.target", full, by, verdict(v), I18n.date(targetDate.get())))
                .orElseGet(() -> I18n.t("dashboard.projection.noTarget", full, by));
    }

    /** "on track", "3 days behind", "2 weeks ahead", "3 months behind". */
    public static String verdict(Pace.Verdict verdict) {
        long n = verdict.amount();
        boolean behind = verdict.schedule() == Pace.Schedule.BEHIND;
        if (verdict.schedule() == Pace.Schedule.ON_TRACK) {
            return I18n.t("dashboard.schedule.onTrack");
        }
        return switch (verdict.unit()) {
            case DAYS ->
                behind ? I18n.t("dashboard.schedule.daysBehind", n) : I18n.t("dashboard.schedule.daysAhead", n);
            case WEEKS ->
                behind ? I18n.t("dashboard.schedule.weeksBehind", n) : I18n.t("dashboard.schedule.weeksAhead", n);
            default ->
                behind ? I18n.t("dashboard.schedule.monthsBehind", n) : I18n.t("dashboard.schedule.monthsAhead", n);
        };
    }
}
