package io.ascent.service.report;

import io.ascent.domain.Level;
import io.ascent.domain.Pace;
import io.ascent.domain.PlanInsights;
import io.ascent.domain.PlanLevels;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.text.PaceWords;
import io.ascent.service.report.PlanReport.RadarAxis;
import io.ascent.service.report.PlanReport.Summary;
import java.util.List;

/** The summary's figures, worded as the dashboard words them so the two never disagree. */
final class ReportSummary {

    private ReportSummary() {}

    static Summary of(PlanInsights insights, boolean resourcesForGaps) {
        PlanSnapshot view = insights.view();
        PlanLevels path = insights.assessment().path();
        Level target = insights.assessment().targetLevel();
        var competencies = insights.assessment().competencies();
        // The radar's spokes in framework order, rungs of the plan's track counted from 1: the dashboard's radar data.
        List<RadarAxis> radar = insights.gaps().stream()
                .sorted((a, b) ->
                        Integer.compare(competencies.indexOf(a.competency()), competencies.indexOf(b.competency())))
                .map(g -> new RadarAxis(g.competency().title(), path.position(g.level()), path.position(target)))
                .toList();
        Pace p = insights.pace();
        String pace = PaceWords.pace(p);
        String projection =
                PaceWords.projection(p, view.readiness(), view.plan().targetDate());
        return new Summary(
                insights.estimatedLevel().title(),
                insights.assessment().ratedCount(),
                competencies.size(),
                pace,
                projection,
                radar,
                path.levels().stream().map(Level::shortTitle).toList(),
                resourcesForGaps);
    }
}
