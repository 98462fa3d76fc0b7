package io.ascent.service.report;

import io.ascent.domain.NextStep;
import io.ascent.domain.PlanInsights;
import io.ascent.domain.text.StepWords;
import io.ascent.service.report.PlanReport.StepEntry;
import io.ascent.service.report.PlanReport.StepGroup;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The next 30, 60 and 90 days: milestones with a due date go where it falls (overdue ones in
 * the first 30 days); the rest of the ranked next steps fill each period up to what the plan's
 * pace can carry, with the period's end as a suggested date.
 */
final class NextDays {

    static final int PERIODS = 3;
    static final int DAYS = 30;
    /** At least this many milestones are suggested per period, so a plan without pace still gets a plan. */
    static final int MIN_PER_PERIOD = 2;

    private NextDays() {}

    static List<StepGroup> of(PlanInsights insights, LocalDate today) {
        List<List<StepEntry>> periods = new ArrayList<>();
        for (int i = 0; i < PERIODS; i++) {
            periods.add(new ArrayList<>());
        }
        List<NextStep> unscheduled = new ArrayList<>();
        String target = insights.assessment().targetLevel().title();
        for (NextStep step : insights.nextSteps()) {
            var due = insights.view().progressOf(step.milestone().id()).dueDate();
            if (due.isPresent()) {
                long days = ChronoUnit.DAYS.between(today, due.get());
                int period = (int) Math.max(0, (days - 1) / DAYS);
                if (period < PERIODS) {
                    periods.get(period).add(entry(step, target, due.get(), false));
                }
            } else {
                unscheduled.add(step);
            }
        }
        int capacity = Math.max(MIN_PER_PERIOD, (int) Math.ceil(insights.pace().perThirtyDays()));
        int next = 0;
        for (int i = 0; i < PERIODS; i++) {
            LocalDate end = today.plusDays((long) DAYS * (i + 1));
            while (periods.get(i).size() < capacity && next < unscheduled.size()) {
                periods.get(i).add(entry(unscheduled.get(next++), target, end, true));
            }
        }
        List<StepGroup> groups = new ArrayList<>();
        for (int i = 0; i < PERIODS; i++) {
            groups.add(new StepGroup(I18n.t("report.next.period", DAYS * (i + 1)), periods.get(i)));
        }
        return groups;
    }

    private static StepEntry entry(NextStep step, String target, LocalDate due, boolean suggested) {
        return new StepEntry(
                step.milestone().id(),
                step.milestone().title(),
                step.competency().title(),
                StepWords.reason(step, target),
                due,
                suggested);
    }
}
