package io.ascent.bench;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Framework;
import io.ascent.domain.PlanInsights;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.domain.Readiness;
import io.ascent.service.PlanService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Scale: 200 plans and a million progress rows on a 5,000-milestone framework. Opening rotates
 * through the plans so SQLite's page cache cannot serve one plan's rows over and over.
 */
final class ScaleFigures {

    static final int PLANS = 200;

    private ScaleFigures() {}

    static void run(Path databaseFile, Framework framework, Timer timer, boolean quick, Consumer<Figure> report) {
        try (AppContext context = AppContext.open(databaseFile, Clock.systemDefaultZone())) {
            PlanService plans = context.plans();
            int[] next = {0};
            Samples open = timer.measure(() -> plans.open(1 + next[0]++ % PLANS));
            report.accept(Figure.of("scale.open", open.median(), "ms", Goal.atMost(300)));

            PlanSnapshot view = plans.open(1);
            Samples keystrokes = KeystrokeFigure.measure(context, 1, quick ? 1 : 3, quick ? 2 : 5);
            report.accept(Figure.of("scale.filter-keystroke", keystrokes.median(), "ms", Goal.atMost(16)));

            // Every competency rated, a level apart by turns: the dashboard's worst case.
            Map<String, Rating> ratings = new HashMap<>();
            for (int i = 0; i < framework.competencies().size(); i++) {
                String level = framework.levels().get(1 + i % 2).id();
                ratings.put(
                        framework.competencies().get(i).id(),
                        new Rating(framework.competencies().get(i).id(), level, ""));
            }
            Clock clock = Clock.systemDefaultZone();
            Samples insights = timer.measure(() -> {
                Readiness readiness = Readiness.of(view.framework(), view.plan(), view.progress());
                PlanInsights result = PlanInsights.of(view, ratings, clock);
                // Both results are used, so neither computation can be skipped as dead code.
                if (readiness.required() != view.items().size()
                        || readiness.done() == 0
                        || result.nextSteps().isEmpty()) {
                    throw new IllegalStateException("readiness or next steps do not fit the plan");
                }
            });
            report.accept(Figure.of("scale.readiness+next-steps", insights.median(), "ms", Goal.atMost(50)));
        }
    }
}
