package io.ascent.domain;

import static io.ascent.domain.InsightFixtures.progress;
import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.TestFrameworks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readiness counted by cell on the two-track ladder (TestFrameworks.twoTracks), every figure
 * worked out by hand from the file: requiredPerCell 2, strategy needing 1 at senior, one
 * milestone in some cells, expectation items where a cell has no milestones.
 */
class RequirementsTest {

    private static final Framework LADDER = TestFrameworks.twoTracks();

    private static Plan plan(String current, String target) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return new Plan(1, "Plan", "two-tracks", current, target, "growth", Optional.empty(), t, t);
    }

    private static String cells(Requirements r) {
        return r.cells().stream()
                .map(c -> c.competency().id() + "@" + c.level().id() + " " + c.required() + "/"
                        + c.items().size())
                .collect(Collectors.joining(", "));
    }

    @Test
    void aPlanOnTheIcTrackHasTheCellsOfItsLevelsWithKOfNEach() {
        Requirements r = Requirements.of(LADDER, plan("pm", "principal"));

        assertThat(cells(r))
                .isEqualTo("strategy@senior 1/3, strategy@principal 2/3, people@senior 1/1, people@principal 1/1, "
                        + "loops@senior 1/1, loops@principal 1/1");
        assertThat(r.readiness(Map.of())).isEqualTo(new Readiness(0, 7));
        assertThat(r.items()).hasSize(10);
    }

    @Test
    void aPlanOnTheManagementTrackSkipsTheIcLevelAndACellThatAsksNothing() {
        Requirements r = Requirements.of(LADDER, plan("pm", "director"));

        // people has neither an expectation nor a milestone at director: that cell is not required.
        assertThat(cells(r))
                .isEqualTo("strategy@senior 1/3, strategy@group 2/2, strategy@director 1/1, people@senior 1/1, "
                        + "people@group 2/3, loops@senior 1/1, loops@group 1/1, loops@director 1/1");
        assertThat(r.readiness(Map.of())).isEqualTo(new Readiness(0, 10));
        assertThat(Requirements.cellsWithNothingToDemonstrate(LADDER)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} -> {1}, done [{2}]: {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            pm     | principal |                                                          | 0 | 7
            pm     | principal | strategy.senior.1;strategy.senior.2;strategy.senior.3     | 1 | 7
            pm     | principal | strategy.principal.1;strategy.principal.3;people@principal | 3 | 7
            pm     | principal | strategy.group.1;people.group.1;loops@group              | 0 | 7
            pm     | director  | strategy.group.1;strategy.group.2;people.group.1;people.group.2;people.group.3;loops@director | 5 | 10
            senior | principal | strategy.senior.1;strategy.principal.2                   | 1 | 4
            """)
    void readinessCountsEachCellUpToItsRequirement(
            String current, String target, String done, int expectedDone, int expectedRequired) {
        Readiness readiness = Readiness.of(LADDER, plan(current, target), progress(done, ""));

        assertThat(readiness).isEqualTo(new Readiness(expectedDone, expectedRequired));
    }

    @Test
    void aCellWithOnlyAnExpectationHasOneCheckableItemThatSaysSo() {
        Requirements r = Requirements.of(LADDER, plan("pm", "principal"));

        Milestone item = r.item("people@principal").orElseThrow();

        assertThat(item.isImplicit()).isTrue();
        assertThat(item.title()).isEqualTo("Meets the Principal PM expectation for People");
        assertThat(item.description()).isEqualTo("Raises the bar for PMs.");
        assertThat(item.competencyId()).isEqualTo("people");
        assertThat(item.levelId()).isEqualTo("principal");
        assertThat(LADDER.milestone("people@principal")).isEmpty();
        assertThat(LADDER.item("people@principal")).contains(item);
    }

    @Test
    void anExpectationOnlyLadderIsAtZeroPercentOnDayOneAndRisesWithEachExpectationMet() {
        List<Level> levels =
                List.of(new Level("l1", "One", 1, ""), new Level("l2", "Two", 2, ""), new Level("l3", "Three", 3, ""));
        List<Competency> competencies = List.of(
                new Competency("c1", "A", "First", "", Optional.empty(), Map.of("l1", "a", "l2", "b", "l3", "c")),
                new Competency("c2", "A", "Second", "", Optional.empty(), Map.of("l1", "d", "l2", "e", "l3", "f")));
        Framework matrix =
                new Framework("matrix", "1", "Matrix", "", levels, List.of(), competencies, List.of(), List.of());
        Plan plan = new Plan(
                1,
                "P",
                "matrix",
                "l1",
                "l3",
                Specializations.CORE_ONLY,
                Optional.empty(),
                Instant.EPOCH,
                Instant.EPOCH);

        Readiness dayOne = Readiness.of(matrix, plan, Map.of());
        Readiness oneMet = Readiness.of(matrix, plan, progress("c1@l2", ""));

        assertThat(dayOne).isEqualTo(new Readiness(0, 4));
        assertThat(dayOne.percent()).isZero();
        assertThat(oneMet).isEqualTo(new Readiness(1, 4));
        assertThat(oneMet.percent()).isEqualTo(25);
    }

    @Test
    void onceACellHasItsRequiredItemsDoneItsOtherItemsAreOptional() {
        Requirements r = Requirements.of(LADDER, plan("pm", "principal"));
        Map<String, MilestoneProgress> progress =
                progress("strategy.senior.1;strategy.principal.1", "strategy.senior.2");

        List<String> open = r.open(progress).stream().map(Milestone::id).toList();

        assertThat(open).doesNotContain("strategy.senior.1", "strategy.senior.2", "strategy.senior.3");
        assertThat(open).contains("strategy.principal.2", "strategy.principal.3", "people@principal");
        assertThat(NextStep.rank(new Assessment(LADDER, plan("pm", "principal"), Map.of()), r, progress).stream()
                        .map(s -> s.milestone().id()))
                .doesNotContain("strategy.senior.2", "strategy.senior.3");
    }

    @Test
    void paceCountsTheDatesSlotsWereFilledNotEveryTick() {
        Requirements r = Requirements.of(LADDER, plan("pm", "principal"));
        Map<String, MilestoneProgress> progress = new HashMap<>();
        Map.of(
                        "strategy.senior.1", 3,
                        "strategy.senior.2", 1,
                        "strategy.senior.3", 2,
                        "loops.senior.1", 10)
                .forEach((id, day) -> progress.put(
                        id, MilestoneProgress.todo(id).withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 6, day))));

        // strategy at senior needs one: only its earliest done date fills a slot; three ticks, one slot.
        assertThat(r.slotDates(progress))
                .containsExactlyInAnyOrder(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10));
        Pace pace = Pace.of(r.slotDates(progress), r.readiness(progress), Optional.empty(), LocalDate.of(2026, 6, 30));
        assertThat(pace.completedInWindow()).isEqualTo(2);
    }
}
