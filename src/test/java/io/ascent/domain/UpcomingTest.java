package io.ascent.domain;

import static io.ascent.domain.InsightFixtures.SMALL;
import static io.ascent.domain.InsightFixtures.growthPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Upcoming items of a hand-built plan made on 1 Jan 2026, looked at on 30 Jun 2026. */
class UpcomingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private final Map<String, MilestoneProgress> progress = new HashMap<>();

    private void due(String id, String date) {
        progress.put(id, MilestoneProgress.todo(id).withDueDate(Optional.of(LocalDate.parse(date))));
    }

    private List<String> upcoming(Cadence cadence, RhythmDates dates, int days) {
        return upcoming(growthPlan("a", "c"), cadence, dates, days);
    }

    private List<String> upcoming(Plan plan, Cadence cadence, RhythmDates dates, int days) {
        PlanSnapshot view = PlanSnapshot.of(plan, SMALL, Requirements.of(SMALL, plan), progress);
        return Upcoming.of(new Upcoming.Context(view, cadence, dates, TODAY), days).stream()
                .map(i -> i.date() + " " + i.kind() + (i.itemId().isEmpty() ? "" : " " + i.itemId()))
                .toList();
    }

    private static RhythmDates lastCheckIn(String date) {
        return new RhythmDates(START, Optional.of(LocalDate.parse(date)), Optional.empty(), Optional.empty());
    }

    @Test
    void eachSourceAppearsByDateWithOverdueMilestonesFirstAndDoneOrLaterOnesLeftOut() {
        due("core1.b.1", "2026-06-20");
        due("core2.b.1", "2026-07-10");
        due("grow.b.1", "2026-08-30");
        progress.put(
                "core1.b.2",
                MilestoneProgress.todo("core1.b.2")
                        .withDueDate(Optional.of(LocalDate.of(2026, 7, 1)))
                        .withStatus(MilestoneStatus.DONE, TODAY));

        // Check-in 4 weeks after 10 Jun; 1:1s every 2 weeks from 15 Jan; a review 6 months after the start.
        assertThat(upcoming(Cadence.DEFAULT, lastCheckIn("2026-06-10"), 14))
                .containsExactly(
                        "2026-06-20 MILESTONE core1.b.1",
                        "2026-07-01 REVIEW",
                        "2026-07-02 ONE_ON_ONE",
                        "2026-07-08 CHECK_IN",
                        "2026-07-10 MILESTONE core2.b.1");
    }

    @Test
    void aReachedPlanHasNothingComingUp() {
        due("core1.b.1", "2026-06-20");
        Plan reached = growthPlan("a", "c").withReachedOn(Optional.of(LocalDate.of(2026, 5, 1)), Instant.EPOCH);

        // The same plan not reached has the overdue milestone, the check-in and the rest.
        assertThat(upcoming(Cadence.DEFAULT, lastCheckIn("2026-03-01"), 14)).hasSize(4);
        assertThat(upcoming(reached, Cadence.DEFAULT, lastCheckIn("2026-03-01"), 14))
                .isEmpty();
    }

    @Test
    void anOverdueCheckInIsListedAtItsDueDateAndAPlanWithout1on1sHasNone() {
        Cadence cadence = new Cadence(4, Optional.empty(), 12);

        assertThat(upcoming(cadence, lastCheckIn("2026-05-01"), 7)).containsExactly("2026-05-29 CHECK_IN");
    }

    @Test
    void onTheSameDayMilestonesComeBeforeTheCheckIn() {
        due("grow.b.1", "2026-07-08");

        assertThat(upcoming(new Cadence(4, Optional.empty(), 24), lastCheckIn("2026-06-10"), 14))
                .containsExactly("2026-07-08 MILESTONE grow.b.1", "2026-07-08 CHECK_IN");
    }

    @Test
    void nothingFromLaterThanTheWindowAndZeroDaysMeansTodayAndOverdue() {
        due("core1.b.1", "2026-06-30");
        due("core2.b.1", "2026-07-01");

        assertThat(upcoming(new Cadence(4, Optional.of(1), 24), lastCheckIn("2026-06-29"), 0))
                .containsExactly("2026-06-30 MILESTONE core1.b.1");
    }

    @Test
    void the1on1SeriesStartsOneIntervalAfterTheLast1on1() {
        RhythmDates dates =
                new RhythmDates(START, Optional.of(TODAY), Optional.of(LocalDate.of(2026, 6, 25)), Optional.empty());

        assertThat(dates.firstOneOnOne(new Cadence(4, Optional.of(3), 6))).contains(LocalDate.of(2026, 7, 16));
        assertThat(dates.nextOneOnOne(new Cadence(4, Optional.of(3), 6), TODAY)).contains(LocalDate.of(2026, 7, 16));
        assertThat(dates.nextOneOnOne(new Cadence(4, Optional.empty(), 6), TODAY))
                .isEmpty();
    }

    @Test
    void monthlyReviewsFromTheLastDayOfAMonthKeepToMonthEnds() {
        RhythmDates dates =
                new RhythmDates(LocalDate.of(2026, 1, 31), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(dates.nextReview(new Cadence(4, Optional.empty(), 1), LocalDate.of(2026, 3, 15)))
                .isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aWindowOutsideItsRangeIsRefused() {
        assertThatThrownBy(() -> upcoming(Cadence.DEFAULT, lastCheckIn("2026-06-10"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Look ahead 0 to 3,660 days, not -1.");
    }
}
