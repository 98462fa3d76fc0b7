package io.ascent.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What Ascent derives from a plan and its ratings for the dashboard: the estimated level, the
 * gaps (biggest first), the ranked next steps and the pace. Derived on demand, never stored.
 */
public record PlanInsights(
        PlanSnapshot view,
        Assessment assessment,
        Level estimatedLevel,
        List<Gap> gaps,
        List<NextStep> nextSteps,
        Pace pace) {

    public PlanInsights {
        gaps = List.copyOf(gaps);
        nextSteps = List.copyOf(nextSteps);
    }

    public static PlanInsights of(PlanSnapshot view, Map<String, Rating> ratings, Clock clock) {
        Assessment assessment = new Assessment(view.framework(), view.plan(), ratings);
        Requirements requirements = view.requirements();
        List<Gap> gaps = Gap.of(assessment, requirements, view.progress());
        List<NextStep> steps = NextStep.rank(gaps, requirements, view.progress());
        List<LocalDate> slotDates = requirements.slotDates(view.progress());
        Pace pace = Pace.of(slotDates, view.readiness(), view.plan().targetDate(), LocalDate.now(clock));
        return new PlanInsights(view, assessment, assessment.estimatedLevel(), gaps, steps, pace);
    }
}
