package io.ascent.domain;

import static io.ascent.domain.InsightFixtures.progress;
import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.TestFrameworks;
import java.time.Instant;
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
}
