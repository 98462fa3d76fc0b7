package io.ascent.domain;

import static io.ascent.domain.InsightFixtures.progress;
import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.TestFrameworks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plan Ascent offers after one is reached, on the two-track ladder (TestFrameworks.twoTracks). */
class NextPlanTest {

    private static final Framework LADDER = TestFrameworks.twoTracks();

    private static Plan plan(String current, String target) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return new Plan(1, "Plan", "two-tracks", current, target, "growth", Optional.empty(), t, t);
    }

    @ParameterizedTest(name = "{0} -> {1} reached: next {2}")
    @CsvSource(textBlock = """
            pm,     group,     director
            pm,     senior,    principal
            senior, principal, ''
            group,  director,  ''
            """)
    void theNextTargetIsTheNextRungOnTheSameTrack(String current, String target, String next) {
        assertThat(NextPlan.target(LADDER, plan(current, target)).map(Level::id).orElse(""))
                .isEqualTo(next);
    }

    @Test
    void anyLevelAboveTheOneReachedCanBeChosenInstead() {
        assertThat(NextPlan.targets(LADDER, plan("pm", "senior")))
                .extracting(Level::id)
                .containsExactly("principal", "group", "director");
    }

    @Test
    void theSuggestedNameIsFreeInTheDatabase() {
        Level group = LADDER.level("group").orElseThrow();
        Set<String> taken = Set.of("Road to Group PM", "Road to Group PM (2)");

        assertThat(NextPlan.name(group, name -> false)).isEqualTo("Road to " + group.title());
        assertThat(NextPlan.name(group, taken::contains)).isEqualTo("Road to Group PM (3)");
    }

    @Test
    void theNextPlanTakesTheRatingsAndTheProgressOfTheItemsBothPlansShare() {
        Plan next = plan("senior", "director");
        Map<String, MilestoneProgress> reached = progress("strategy.senior.1;strategy.group.1", "");
        Map<String, Rating> ratings = Map.of("strategy", new Rating("strategy", "senior", "Set the vision"));

        NextPlan.CarryOver carried = NextPlan.carryOver(Requirements.of(LADDER, next), reached, ratings);

        assertThat(carried.ratings()).containsExactly(ratings.get("strategy"));
        assertThat(carried.progress())
                .extracting(MilestoneProgress::milestoneId)
                .containsExactly("strategy.group.1");
    }

    private static Plan stored(long id, String current, String target, String created, boolean reached) {
        Instant t = Instant.parse(created + "T09:00:00Z");
        return new Plan(
                id,
                "Plan " + id,
                "two-tracks",
                current,
                target,
                "growth",
                Optional.empty(),
                t,
                t,
                reached ? Optional.of(LocalDate.parse(created)) : Optional.empty());
    }

    @Test
    void aReachedPlanGivesWayToThePlanStartedFromTheLevelItReached() {
        Plan reached = stored(1, "pm", "senior", "2026-01-10", true);
        Plan other = stored(2, "pm", "group", "2026-02-01", false);
        Plan next = stored(3, "senior", "principal", "2026-03-01", false);

        assertThat(NextPlan.active(reached, List.of(reached, other, next))).isEqualTo(next);
    }

    @Test
    void aPlanUnderWayOrAReachedPlanWithoutSuccessorStaysTheOneOpened() {
        Plan underWay = stored(1, "pm", "senior", "2026-01-10", false);
        Plan reached = stored(2, "pm", "group", "2026-01-10", true);
        Plan older = stored(3, "group", "director", "2025-12-01", false);

        assertThat(NextPlan.active(underWay, List.of(underWay, reached, older))).isEqualTo(underWay);
        // A plan from the reached level made before it was, is not its successor.
        assertThat(NextPlan.active(reached, List.of(underWay, reached, older))).isEqualTo(reached);
    }

    @Test
    void aChainOfReachedPlansLeadsToTheOneUnderWay() {
        Plan first = stored(1, "pm", "senior", "2026-01-10", true);
        Plan second = stored(2, "senior", "principal", "2026-02-10", true);
        Plan third = stored(3, "principal", "director", "2026-03-10", false);

        assertThat(NextPlan.active(first, List.of(first, second, third))).isEqualTo(third);
    }
}
