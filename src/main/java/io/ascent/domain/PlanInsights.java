package io.ascent.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        List<Gap> gaps = Gap.of(assessment, view.requiredMilestones(), view.progress());
        List<NextStep> steps = NextStep.rank(assessment, gaps, view.requiredMilestones(), view.progress());
        List<LocalDate> doneDates = view.progress().values().stream()
                .map(MilestoneProgress::doneDate)
                .flatMap(Optional::stream)
                .toList();
        Pace pace = Pace.of(doneDates, view.readiness(), view.plan().targetDate(), LocalDate.now(clock));
        return new PlanInsights(view, assessment, assessment.estimatedLevel(), gaps, steps, pace);
    }
}
