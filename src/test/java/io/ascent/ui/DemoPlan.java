package io.ascent.ui;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan as a PM would have it after three months: ratings, a dozen milestones done with
 * evidence on dates spread over the last 90 days, and two check-ins. Written through the real
 * services, each step on the day it happened.
 */
public final class DemoPlan {

    public static final String NAME = "Road to Senior PM";

    private static final Map<String, String> RATINGS = Map.ofEntries(
            Map.entry("product-strategy", "pm"), Map.entry("roadmap-prioritization", "senior-pm"),
            Map.entry("cross-functional-collaboration", "senior-pm"), Map.entry("user-research", "pm"),
            Map.entry("performance-metrics", "apm"), Map.entry("analytical-skills", "pm"),
            Map.entry("project-delivery", "senior-pm"), Map.entry("technical-knowledge", "pm"),
            Map.entry("communication-negotiation", "pm"), Map.entry("user-centric-mindset", "senior-pm"),
            Map.entry("growth-experimentation", "apm"), Map.entry("growth-loops", "pm"));

    private DemoPlan() {}

    public static void create(Path db) {
        LocalDate today = LocalDate.now();
        long planId;
        try (AppContext ctx = at(db, today.minusDays(80))) {
            planId = ctx.plans()
                    .create(new PlanDraft(
                            NAME, "pm-default", "pm", "senior-pm", "growth", Optional.of(today.plusMonths(7))))
                    .id();
            PlanSnapshot view = ctx.plans().open(planId);
            RATINGS.forEach((competency, level) -> ctx.assessments()
                    .save(view, competency, Optional.empty(), Optional.of(new Rating(competency, level, ""))));
            ctx.checkIns()
                    .checkIn(
                            ctx.plans().open(planId),
                            ctx.assessments().ratings(planId),
                            "Kick-off with my manager: metrics and experimentation are the gaps.");
        }
        List<Milestone> required = required(db, planId, today);
        int[] daysAgo = {72, 66, 58, 51, 44, 37, 30, 24, 17, 12, 6, 2};
        for (int i = 0; i < daysAgo.length; i++) {
            Milestone m = required.get(i * 4 % required.size());
            try (AppContext ctx = at(db, today.minusDays(daysAgo[i]))) {
                PlanSnapshot view = ctx.plans().open(planId);
                var done = ctx.plans().setStatus(planId, view.progressOf(m.id()), MilestoneStatus.DONE);
                ctx.plans()
                        .saveProgress(
                                planId,
                                done,
                                done.withEvidence("Shared in the quarterly review: " + m.title()
                                        + ". Doc and results linked in the team wiki."));
            }
        }
        try (AppContext ctx = at(db, today.minusDays(8))) {
            PlanSnapshot view = ctx.plans().open(planId);
            ctx.assessments()
                    .save(
                            view,
                            "performance-metrics",
                            Optional.ofNullable(
                                    ctx.assessments().ratings(planId).get("performance-metrics")),
                            Optional.of(new Rating(
                                    "performance-metrics",
                                    "pm",
                                    "Owns the team's metric tree; led the D7 retention deep dive.")));
            ctx.checkIns()
                    .checkIn(
                            ctx.plans().open(planId),
                            ctx.assessments().ratings(planId),
                            "Mid-year: metrics moved up, next is the pricing experiment.");
        }
    }

    private static List<Milestone> required(Path db, long planId, LocalDate today) {
        try (AppContext ctx = at(db, today)) {
            return ctx.plans().open(planId).items();
        }
    }

    private static AppContext at(Path db, LocalDate day) {
        ZoneId zone = ZoneId.systemDefault();
        return AppContext.open(db, Clock.fixed(day.atTime(10, 0).atZone(zone).toInstant(), zone));
    }
}
