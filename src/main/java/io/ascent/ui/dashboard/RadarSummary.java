package io.ascent.ui.dashboard;

import io.ascent.domain.Gap;
import io.ascent.service.PlanInsights;
import java.util.List;
import java.util.stream.Collectors;

/** The radar in one sentence, for screen readers and for anyone who prefers words to shapes. */
final class RadarSummary {

    private RadarSummary() {
    }

    static String of(PlanInsights insights) {
        List<Gap> gaps = insights.gaps();
        String target = insights.assessment().targetLevel().title();
        long atTarget = gaps.stream().filter(g -> g.ranks() == 0).count();
        String biggest = gaps.stream().filter(g -> g.ranks() > 0).limit(3)
                .map(g -> g.competency().title() + " (" + g.ranks() + ")")
                .collect(Collectors.joining(", "));
        return atTarget + " of " + gaps.size() + " competencies at " + target + " or above."
                + (biggest.isEmpty() ? " No gaps left." : " Biggest gaps, in levels: " + biggest + ".");
    }
}
