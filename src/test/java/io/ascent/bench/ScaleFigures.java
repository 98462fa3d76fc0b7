package io.ascent.bench;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Framework;
import io.ascent.domain.PlanInsights;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.domain.Readiness;
import io.ascent.service.PlanService;
import io.ascent.ui.milestones.MilestoneCatalog;
import io.ascent.ui.milestones.MilestoneFilter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Scale: 200 plans and a million progress rows on a 5,000-milestone framework. Opening rotates
 * through the plans so SQLite's page cache cannot serve one plan's rows over and over.
 */
final class ScaleFigures {

    static final int PLANS = 200;

    private ScaleFigures() {}

    /**
     * The milestone list's search as the user types {@link #TYPED}, one character at a time: each
     * sample is one keystroke's filtering of the plan's 5,000 milestones. The catalog is built
     * once, when the plan opens, as the list does.
     */
    static Samples keystrokes(PlanSnapshot view, Timer timer) {
        MilestoneCatalog catalog = MilestoneCatalog.of(view.framework(), view.items());
        List<Double> all = new ArrayList<>();
        for (int length = 1; length <= TYPED.length(); length++) {
            MilestoneFilter filter = new MilestoneFilter(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    MilestoneFilter.Scope.ALL,
                    TYPED.substring(0, length));
            all.addAll(timer.measure(() -> {
                        if (catalog.filter(filter, view::progressOf).isEmpty()) {
                            throw new IllegalStateException("the search \"" + filter.query() + "\" found nothing");
                        }
                    })
                    .values());
        }
        return new Samples(all);
    }

    /** Matches fewer milestones with each keystroke, down to the 50 of one competency. */
    static final String TYPED = "competency 42 and";

    static void run(Path databaseFile, Framework framework, Timer timer, Consumer<Figure> report) {
        try (AppContext context = AppContext.open(databaseFile, Clock.systemDefaultZone())) {
            PlanService plans = context.plans();
            int[] next = {0};
            Samples open = timer.measure(() -> plans.open(1 + next[0]++ % PLANS));
            report.accept(Figure.of("scale.open", open.median(), "ms", Goal.atMost(300)));

            PlanSnapshot view = plans.open(1);
            report.accept(
                    Figure.of("scale.filter-keystroke", keystrokes(view, timer).median(), "ms", Goal.atMost(16)));

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
                Readiness.of(view.framework(), view.plan(), view.progress());
                if (PlanInsights.of(view, ratings, clock).nextSteps().isEmpty()) {
                    throw new IllegalStateException("no next steps for a plan with open milestones");
                }
            });
            report.accept(Figure.of("scale.readiness+next-steps", insights.median(), "ms", Goal.atMost(50)));
        }
    }
}
