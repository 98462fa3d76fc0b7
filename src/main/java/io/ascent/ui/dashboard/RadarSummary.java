package io.ascent.ui.dashboard;

import io.ascent.domain.Gap;
import io.ascent.domain.PlanInsights;
import io.ascent.text.I18n;
import java.util.List;
import java.util.stream.Collectors;

/** The radar in one sentence, for screen readers and for anyone who prefers words to shapes. */
final class RadarSummary {

    private RadarSummary() {}

    static String of(PlanInsights insights) {
        List<Gap> gaps = insights.gaps();
        String target = insights.assessment().targetLevel().title();
        long atTarget = gaps.stream().filter(g -> g.ranks() == 0).count();
        String biggest = gaps.stream()
                .filter(g -> g.ranks() > 0)
                .limit(3)
                .map(g -> I18n.t("dashboard.radar.gapItem", g.competency().title(), g.ranks()))
                .collect(Collectors.joining(I18n.t("common.listSeparator")));
        return biggest.isEmpty()
                ? I18n.t("dashboard.radar.summary", atTarget, gaps.size(), target)
                : I18n.t("dashboard.radar.summaryGaps", atTarget, gaps.size(), target, biggest);
    }
}
