package io.ascent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckInTest {

    private static final CheckIn MARCH = new CheckIn(
            1,
            1,
            Instant.parse("2026-03-01T10:00:00Z"),
            Map.of("core1", "a", "core2", "b"),
            new Readiness(1, 7),
            Set.of("core1.b.1"),
            "first");
    private static final CheckIn APRIL = new CheckIn(
            2,
            1,
            Instant.parse("2026-04-01T10:00:00Z"),
            Map.of("core1", "b", "core2", "b", "grow", "c"),
            new Readiness(3, 7),
            Set.of("core1.b.1", "core2.b.1", "grow.b.1"),
            "second");

    @Test
    void comparisonListsMovedRatingsAndMilestonesCompletedBetween() {
        CheckInComparison comparison = CheckInComparison.between(MARCH, APRIL);

        assertThat(comparison.moves())
                .containsExactly(
                        new CheckInComparison.Move("core1", Optional.of("a"), Optional.of("b")),
                        new CheckInComparison.Move("grow", Optional.empty(), Optional.of("c")));
        assertThat(comparison.completedMilestoneIds()).containsExactlyInAnyOrder("core2.b.1", "grow.b.1");
    }

    @Test
    void comparisonAlwaysReadsFromTheEarlierCheckIn() {
        CheckInComparison comparison = CheckInComparison.between(APRIL, MARCH);

        assertThat(comparison.from()).isEqualTo(MARCH);
        assertThat(comparison.moves()).hasSize(2);
        assertThat(comparison.completedMilestoneIds()).hasSize(2);
    }

    @Test
    void aCheckInComparedWithItselfShowsNoChange() {
        CheckInComparison comparison = CheckInComparison.between(MARCH, MARCH);

        assertThat(comparison.moves()).isEmpty();
        assertThat(comparison.completedMilestoneIds()).isEmpty();
    }

    @ParameterizedTest(name = "last {0}, plan made {1}, today {2}, every {3} days: due {4}")
    @CsvSource(textBlock = """
            2026-05-01, 2026-01-01, 2026-05-31, 30, false
            2026-05-01, 2026-01-01, 2026-06-01, 30, true
                      , 2026-06-20, 2026-06-30, 30, false
                      , 2026-01-01, 2026-06-30, 30, true
            2026-06-29, 2026-01-01, 2026-06-30, 7,  false
            """)
    void aReminderIsDueWhenTheLastCheckInIsOlderThanTheCadence(
            LocalDate last, LocalDate created, LocalDate today, int cadence, boolean due) {
        assertThat(CheckIn.isDue(Optional.ofNullable(last), created, today, cadence))
                .isEqualTo(due);
    }

    @Test
    void aNoteLongerThanTwoThousandCharactersIsRefused() {
        assertThatThrownBy(() ->
                        new CheckIn(0, 1, Instant.EPOCH, Map.of(), new Readiness(0, 0), Set.of(), "n".repeat(2_001)))
                .hasMessageContaining("The note is too long");
    }
}
