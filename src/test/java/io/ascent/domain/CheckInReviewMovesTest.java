package io.ascent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Comparing two check-ins also says how the manager review's ratings moved between them. */
class CheckInReviewMovesTest {

    private static CheckIn at(String instant, Map<String, String> self, Map<String, String> reviewer) {
        return new CheckIn(0, 1, Instant.parse(instant), self, new Readiness(0, 1), Set.of(), "", reviewer);
    }

    @Test
    void theReviewersMovesAreListedApartFromThePersons() {
        CheckIn before = at("2026-09-01T10:00:00Z", Map.of("strategy", "pm"), Map.of());
        CheckIn after =
                at("2026-12-01T10:00:00Z", Map.of("strategy", "pm"), Map.of("strategy", "senior-pm", "roadmap", "pm"));

        CheckInComparison comparison = CheckInComparison.between(after, before);

        assertThat(comparison.moves()).isEmpty();
        assertThat(comparison.managerMoves())
                .containsExactly(
                        new CheckInComparison.Move("roadmap", Optional.empty(), Optional.of("pm")),
                        new CheckInComparison.Move("strategy", Optional.empty(), Optional.of("senior-pm")));
    }
}
