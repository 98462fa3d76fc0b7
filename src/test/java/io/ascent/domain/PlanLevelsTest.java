package io.ascent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.TestFrameworks;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A plan's levels are the shared ones plus its target's track, and every level distance is counted on them. */
class PlanLevelsTest {

    private static final Framework LADDER = TestFrameworks.twoTracks();

    private static Level level(String id) {
        return LADDER.level(id).orElseThrow();
    }

    private static Plan plan(String current, String target) {
        return new Plan(
                1, "Plan", "two-tracks", current, target, "growth", Optional.empty(), Instant.EPOCH, Instant.EPOCH);
    }

    @ParameterizedTest(name = "target {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            principal | ic   | pm senior principal
            director  | mgmt | pm senior group director
            group     | mgmt | pm senior group director
            senior    |      | pm senior
            """)
    void thePlanTakesItsTargetsTrack(String target, String track, String levels) {
        PlanLevels path = PlanLevels.of(LADDER, target);

        assertThat(path.track().map(Track::id)).isEqualTo(Optional.ofNullable(track));
        assertThat(path.levels()).extracting(Level::id).containsExactly(levels.split(" "));
    }

    @ParameterizedTest(name = "{0} to {1} on the way to {2}: {3} steps, ring {4}")
    @CsvSource(delimiter = '|', textBlock = """
            pm        | director  | director  | 3  | 4
            senior    | director  | director  | 2  | 4
            group     | director  | director  | 1  | 4
            principal | director  | director  | 1  | 4
            director  | senior    | director  | -2 | 2
            pm        | principal | principal | 2  | 3
            group     | principal | principal | 0  | 3
            """)
    void stepsAndRingsCountTheRungsOfThePlansTrack(String from, String to, String target, int steps, int ring) {
        PlanLevels path = PlanLevels.of(LADDER, target);

        assertThat(path.steps(level(from), level(to))).isEqualTo(steps);
        assertThat(path.position(level(to))).isEqualTo(ring);
    }

    @Test
    void theEstimatedLevelIsALevelOfThePlansTrack() {
        // Every competency rated at group (rank 3, management): on the IC track that is principal's rung.
        Map<String, Rating> ratings = Map.of(
                "strategy", new Rating("strategy", "group", ""),
                "people", new Rating("people", "group", ""),
                "loops", new Rating("loops", "group", ""));

        assertThat(new Assessment(LADDER, plan("pm", "principal"), ratings)
                        .estimatedLevel()
                        .id())
                .isEqualTo("principal");
        assertThat(new Assessment(LADDER, plan("pm", "director"), ratings)
                        .estimatedLevel()
                        .id())
                .isEqualTo("group");
    }

    @Test
    void gapsAreInRungsOfThePlansTrack() {
        Map<String, Rating> ratings = Map.of("strategy", new Rating("strategy", "senior", ""));
        Plan director = plan("pm", "director");

        Gap strategy =
                Gap.of(new Assessment(LADDER, director, ratings), Requirements.of(LADDER, director), Map.of()).stream()
                        .filter(g -> g.competency().id().equals("strategy"))
                        .findFirst()
                        .orElseThrow();

        // senior -> group -> director: two rungs; the ic level of the same rank as group is not one of them.
        assertThat(strategy.ranks()).isEqualTo(2);
        assertThat(strategy.readiness()).isEqualTo(new Readiness(0, 4));
        assertThat(strategy.items()).isEqualTo(6);
        assertThat(strategy.hasAlternatives()).isTrue();
    }
}
