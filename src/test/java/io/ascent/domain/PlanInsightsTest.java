package io.ascent.domain;

import static io.ascent.domain.InsightFixtures.SMALL;
import static io.ascent.domain.InsightFixtures.ratings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures for whole plans on the small ladder, worked out by hand. Plan a -> c in
 * growth requires seven items: core1.b.1, core1.b.2, core1.c.1, core2.b.1, core2.c.1, grow.b.1,
 * grow.c.1 (core1.a.1 is below the current level, usab is the UX specialization's). Today is
 * 2026-06-30, so the 90-day pace window starts on 2026-04-02.
 */
class PlanInsightsTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-30T10:00:00Z"), ZoneOffset.UTC);

    private final Map<String, MilestoneProgress> progress = new HashMap<>();

    @Test
    void anUntouchedPlanHasEveryGapAtTwoLevelsAndNoPace() {
        PlanInsights insights = insights("", Optional.of(LocalDate.of(2026, 12, 31)));

        assertThat(insights.estimatedLevel().id()).isEqualTo("a");
        assertThat(insights.view().readiness()).isEqualTo(new Readiness(0, 7));
        // Unrated competencies count at the current level a: two levels below c each.
        assertThat(gaps(insights)).isEqualTo("core1:a:2:0/3, core2:a:2:0/2, grow:a:2:0/2");
        // All gaps tie at 2, so the lower level comes first, framework order within a level.
        assertThat(steps(insights))
                .isEqualTo("core1.b.1, core1.b.2, core2.b.1, grow.b.1, core1.c.1, core2.c.1, grow.c.1");
        assertThat(insights.pace().completedInWindow()).isZero();
        assertThat(insights.pace().projectedDate()).isEmpty();
        assertThat(insights.pace().summary())
                .isEqualTo(
                        "No pace yet: a date is projected once at least 3 milestones are done over 14 days or more.");
    }

    @Test
    void itemsInProgressComeFirstAmongStepsOfTheSameGapAndLevel() {
        started("core2.b.1", "grow.c.1");

        PlanInsights insights = insights("", Optional.empty());

        assertThat(steps(insights))
                .isEqualTo("core2.b.1, core1.b.1, core1.b.2, grow.b.1, grow.c.1, core1.c.1, core2.c.1");
        assertThat(insights.view().readiness()).isEqualTo(new Readiness(0, 7));
    }

    @Test
    void aPlanUnderWayRanksByGapAndProjectsFromTheLastNinetyDays() {
        done("grow.b.1", "2026-06-01");
        done("core2.b.1", "2026-05-15");
        done("core1.b.1", "2026-04-20");
        done("core1.b.2", "2026-03-01"); // before the window: counts for readiness, not for pace
        started("grow.c.1");

        PlanInsights insights = insights("core1=c;core2=b;grow=a", Optional.of(LocalDate.of(2026, 11, 15)));

        // Level a: 3 of 3 rated at or above (100%); b: core1 and core2, 2 of 3 (67%) < 80%.
        assertThat(insights.estimatedLevel().id()).isEqualTo("a");
        assertThat(insights.view().readiness()).isEqualTo(new Readiness(4, 7));
        assertThat(gaps(insights)).isEqualTo("grow:a:2:1/2, core2:b:1:1/2, core1:c:0:2/3");
        assertThat(steps(insights)).isEqualTo("grow.c.1, core2.c.1, core1.c.1");
        // 3 done in the window (the first 71 days ago), 3 to go: 3 * 90 / 3 = 90 days after 2026-06-30.
        assertThat(insights.pace().completedInWindow()).isEqualTo(3);
        assertThat(insights.pace().perThirtyDays()).isEqualTo(1.0);
        assertThat(insights.pace().projectedDate()).contains(LocalDate.of(2026, 9, 28));
        // 48 days before the target of 2026-11-15: seven weeks (6.9 rounded).
        assertThat(insights.pace().summary()).isEqualTo("7 weeks ahead");
        assertThat(insights.pace().against(insights.view().plan().targetDate()))
                .contains(new Pace.Verdict(Pace.Schedule.AHEAD, 7, ChronoUnit.WEEKS));
    }

    @Test
    void twoMilestonesDoneAreTooFewForAProjection() {
        done("grow.b.1", "2026-06-01");
        done("core2.b.1", "2026-05-15");

        PlanInsights insights = insights("", Optional.of(LocalDate.of(2026, 11, 15)));

        assertThat(insights.pace().completedInWindow()).isEqualTo(2);
        assertThat(insights.pace().projectedDate()).isEmpty();
        assertThat(insights.pace().summary())
                .isEqualTo("Too early for a projection: it needs 3 milestones done over at least 14 days");
    }

    @Test
    void withoutATargetDateThePaceStillProjects() {
        done("grow.b.1", "2026-06-30");
        done("core2.b.1", "2026-06-01");
        done("core1.b.1", "2026-05-01");

        PlanInsights insights = insights("", Optional.empty());

        // 3 done in the window, 4 to go: 4 * 90 / 3 = 120 days after 2026-06-30.
        assertThat(insights.pace().projectedDate()).contains(LocalDate.of(2026, 10, 28));
        assertThat(insights.pace().summary()).isEqualTo("No target date set");
    }

    @Test
    void aCompletePlanHasNoGapsNoStepsAndIsDone() {
        done("core1.b.1", "2026-01-10");
        done("core1.b.2", "2026-02-10");
        done("core1.c.1", "2026-04-02");
        done("core2.b.1", "2026-05-01");
        done("core2.c.1", "2026-05-20");
        done("grow.b.1", "2026-06-10");
        done("grow.c.1", "2026-06-30");

        PlanInsights insights = insights("core1=c;core2=c;grow=c", Optional.of(LocalDate.of(2026, 12, 31)));

        assertThat(insights.estimatedLevel().id()).isEqualTo("c");
        assertThat(insights.view().readiness()).isEqualTo(new Readiness(7, 7));
        assertThat(gaps(insights)).isEqualTo("core1:c:0:3/3, core2:c:0:2/2, grow:c:0:2/2");
        assertThat(insights.nextSteps()).isEmpty();
        // 2026-04-02 is the window's first day: five of the seven dates fall inside it.
        assertThat(insights.pace().completedInWindow()).isEqualTo(5);
        assertThat(insights.pace().projectedDate()).contains(LocalDate.of(2026, 6, 30));
        assertThat(insights.pace().summary()).isEqualTo("All required milestones are done");
    }

    private PlanInsights insights(String rated, Optional<LocalDate> target) {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        Plan plan = new Plan(1, "Plan", "small", "a", "c", "growth", target, created, created);
        return PlanInsights.of(PlanSnapshot.of(plan, SMALL, List.of(), progress), ratings(rated), TODAY);
    }

    private void done(String id, String date) {
        progress.put(id, MilestoneProgress.todo(id).withStatus(MilestoneStatus.DONE, LocalDate.parse(date)));
    }

    private void started(String... ids) {
        for (String id : ids) {
            progress.put(
                    id, MilestoneProgress.todo(id).withStatus(MilestoneStatus.IN_PROGRESS, LocalDate.of(2026, 6, 30)));
        }
    }

    /** "competency:level:ranks to go:done/required", biggest gap first. */
    private static String gaps(PlanInsights insights) {
        return insights.gaps().stream()
                .map(g -> g.competency().id() + ":" + g.level().id() + ":" + g.ranks() + ":"
                        + g.readiness().done() + "/" + g.readiness().required())
                .collect(Collectors.joining(", "));
    }

    private static String steps(PlanInsights insights) {
        return insights.nextSteps().stream().map(s -> s.milestone().id()).collect(Collectors.joining(", "));
    }
}
