package io.ascent.domain;

import static io.ascent.domain.InsightFixtures.DAY;
import static io.ascent.domain.InsightFixtures.split;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaceTest {

    // Today is 2026-06-30; the 90-day window starts 2026-04-02.
    @ParameterizedTest(name = "[{0}] {1}/{2} target {3}: {4} {5} {6}")
    @CsvSource(delimiter = '|', textBlock = """
                                             | 0  | 10 | 2026-12-31 | 0 |            | No pace yet: a date is projected once at least 3 milestones are done over 14 days or more.
            2026-06-01;2026-05-15;2026-04-10 | 3  | 12 | 2026-12-31 | 3 | 2027-03-27 | 3 months behind
            2026-06-01;2026-05-15;2026-04-10 | 3  | 12 | 2027-04-03 | 3 | 2027-03-27 | on track
            2026-06-01;2026-05-15;2026-04-10 | 3  | 12 | 2027-03-27 | 3 | 2027-03-27 | on track
            2026-06-01;2026-05-15;2026-04-10 | 3  | 12 | 2027-03-26 | 3 | 2027-03-27 | 1 day behind
            2026-06-01;2026-05-15;2026-04-10 | 3  | 12 | 2027-03-14 | 3 | 2027-03-27 | 13 days behind
            2026-06-01;2026-05-15;2026-04-10 | 3  | 12 | 2027-04-10 | 3 | 2027-03-27 | 2 weeks ahead
            2026-04-01;2026-04-02;2026-06-01;2026-06-30 | 4 | 5 |     | 3 | 2026-07-30 | No target date set
            2026-04-01;2026-04-02;2026-06-30 | 3  | 4  |            | 2 |            | Too early for a projection: it needs 3 milestones done over at least 14 days
            2026-06-20;2026-06-25;2026-06-30 | 3  | 40 | 2026-12-31 | 3 |            | Too early for a projection: it needs 3 milestones done over at least 14 days
            2026-06-16;2026-06-25;2026-06-30 | 3  | 40 | 2026-12-31 | 3 | 2029-07-14 | 31 months behind
            2026-06-30                       | 1  | 54 | 2027-06-30 | 1 |            | Too early for a projection: it needs 3 milestones done over at least 14 days
            2026-01-10                       | 1  | 10 | 2026-12-31 | 0 |            | No pace yet: a date is projected once at least 3 milestones are done over 14 days or more.
            2026-06-01;2026-06-02            | 5  | 5  | 2026-12-31 | 2 | 2026-06-30 | All required milestones are done
            """)
    void paceProjectsTheDateOfFullReadinessAndComparesItWithTheTarget(
            String dates, int done, int required, LocalDate target, int counted, LocalDate projected, String summary) {
        Pace pace = Pace.of(
                Arrays.stream(split(dates)).map(LocalDate::parse).toList(),
                new Readiness(done, required),
                Optional.ofNullable(target),
                DAY);

        assertThat(pace.completedInWindow()).isEqualTo(counted);
        assertThat(pace.projectedDate()).isEqualTo(Optional.ofNullable(projected));
        assertThat(pace.summary()).isEqualTo(summary);
    }

    @ParameterizedTest(name = "{0} in 90 days is {1} per 30 days")
    @CsvSource(textBlock = """
            0, 0.0
            3, 1.0
            6, 2.0
            """)
    void paceIsPerThirtyDays(int completed, double perThirty) {
        assertThat(new Pace(completed, Optional.empty(), "").perThirtyDays()).isEqualTo(perThirty);
    }

    // Same worked examples as above, as values a user interface words in its own language.
    @ParameterizedTest(name = "projected {0}, target {1}: {2} {3} {4}")
    @CsvSource(textBlock = """
            2027-03-27, 2026-12-31, BEHIND,   3, MONTHS
            2027-03-27, 2027-03-27, ON_TRACK, 0, WEEKS
            2027-03-27, 2027-03-26, BEHIND,   1, DAYS
            2027-07-19, 2027-07-06, BEHIND,  13, DAYS
            2027-03-27, 2027-03-13, BEHIND,   2, WEEKS
            2027-03-27, 2027-04-09, ON_TRACK, 0, WEEKS
            2027-03-27, 2027-04-03, ON_TRACK, 0, WEEKS
            2027-03-27, 2027-04-10, AHEAD,    2, WEEKS
            2027-03-27, 2027-02-20, BEHIND,   5, WEEKS
            2027-03-27,           , ,          ,
            """)
    void verdictTellsHowFarBehindOrAheadInWeeksOrMonths(
            LocalDate projected, LocalDate target, Pace.Schedule schedule, Long amount, ChronoUnit unit) {
        Pace pace = new Pace(3, Optional.of(projected), "");

        assertThat(pace.against(Optional.ofNullable(target)))
                .isEqualTo(Optional.ofNullable(schedule).map(s -> new Pace.Verdict(s, amount, unit)));
    }

    @Test
    void noProjectionMeansNoVerdict() {
        assertThat(new Pace(0, Optional.empty(), Pace.NO_PACE).against(Optional.of(DAY)))
                .isEmpty();
    }
}
