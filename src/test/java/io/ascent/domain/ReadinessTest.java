package io.ascent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.TestFrameworks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadinessTest {

    private final Framework framework = TestFrameworks.small();

    private static Plan plan(String current, String target, String specialization) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return new Plan(1, "p", "small", current, target, specialization, Optional.empty(), t, t);
    }

    private static Map<String, MilestoneProgress> done(String... ids) {
        Map<String, MilestoneProgress> map = new HashMap<>();
        Arrays.stream(ids)
                .filter(id -> !id.isBlank())
                .forEach(id -> map.put(
                        id, MilestoneProgress.todo(id).withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 2, 1))));
        return map;
    }

    // Required for a -> c in growth: core1.b.1, core1.b.2, core1.c.1, core2.b.1, core2.c.1, grow.b.1, grow.c.1 = 7.
    // Required for a -> c in ux: the five core ones, usab.c.1 and the expectation item of usab at b (no milestones) =
    // 7.
    // Required for b -> c in growth: core1.c.1, core2.c.1, grow.c.1 = 3.
    @ParameterizedTest(name = "{0} -> {1} in {2}, done [{3}]: {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            a | c | growth |                                   | 0 | 7
            a | c | growth | core1.b.1 core1.b.2 core1.c.1 core2.b.1 core2.c.1 grow.b.1 grow.c.1 | 7 | 7
            a | c | growth | core1.b.1 usab.c.1                | 1 | 7
            a | c | ux     | core1.b.1 usab.c.1                | 2 | 7
            a | c | ux     | grow.b.1 grow.c.1 usab@b          | 1 | 7
            b | c | growth | core1.b.1 core1.b.2 core1.c.1      | 1 | 3
            a | b | growth | core1.b.1 core1.c.1 core1.a.1      | 1 | 4
            """)
    void countsDoneAmongRequiredMilestones(
            String current, String target, String spec, String doneIds, int expectedDone, int expectedRequired) {
        Readiness r = Readiness.of(
                framework, plan(current, target, spec), done(doneIds == null ? new String[0] : doneIds.split(" ")));

        assertThat(r.done()).isEqualTo(expectedDone);
        assertThat(r.required()).isEqualTo(expectedRequired);
    }

    @Test
    void nothingDoneIsZeroPercentAndAllDoneIsHundred() {
        assertThat(new Readiness(0, 7).percent()).isZero();
        assertThat(new Readiness(7, 7).percent()).isEqualTo(100);
        assertThat(new Readiness(7, 7).fraction()).isEqualTo(1.0);
    }

    @Test
    void percentRoundsDownSoAlmostDoneIsNotShownAsDone() {
        assertThat(new Readiness(199, 200).percent()).isEqualTo(99);
        assertThat(new Readiness(1, 3).percent()).isEqualTo(33);
    }

    @Test
    void inProgressMilestonesDoNotCount() {
        Map<String, MilestoneProgress> progress = Map.of(
                "core1.c.1",
                MilestoneProgress.todo("core1.c.1").withStatus(MilestoneStatus.IN_PROGRESS, LocalDate.now()));

        assertThat(Readiness.of(framework, plan("b", "c", "growth"), progress).done())
                .isZero();
    }

    @Test
    void nothingRequiredCountsAsComplete() {
        assertThat(new Readiness(0, 0).fraction()).isEqualTo(1.0);
    }

    @Test
    void rejectsMoreDoneThanRequired() {
        assertThatThrownBy(() -> new Readiness(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
