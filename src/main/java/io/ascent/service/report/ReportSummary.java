package io.ascent.service.report;

import io.ascent.domain.Level;
import io.ascent.domain.Pace;
import io.ascent.domain.PlanInsights;
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
        List<Level> levels = view.framework().levels();
        Level target = insights.assessment().targetLevel();
        var competencies = insights.assessment().competencies();
        // The radar's spokes in framework order, levels counted from 1: the dashboard's radar data.
        List<RadarAxis> radar = insights.gaps().stream()
                .sorted((a, b) ->
                        Integer.compare(competencies.indexOf(a.competency()), competencies.indexOf(b.competency())))
                .map(g -> new RadarAxis(
                        shortLabel(g.competency().title()), levels.indexOf(g.level()) + 1, levels.indexOf(target) + 1))
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
                levels.stream().map(Level::title).toList(),
                resourcesForGaps);
    }

    static String shortLabel(String title) {
        return title.length() <= 17 ? title : title.substring(0, 16).strip() + "\u2026";
    }
}
