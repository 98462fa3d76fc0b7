package io.ascent.domain;

import static io.ascent.domain.InsightFixtures.progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.TestFrameworks;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The user's own milestones in readiness, on the two-track ladder (TestFrameworks.twoTracks),
 * worked out by hand: a plan from pm to principal has the cells strategy@senior 1/3,
 * strategy@principal 2/3, people@senior 1/1, people@principal 1/1 (an expectation),
 * loops@senior 1/1, loops@principal 1/1: 7 required slots.
 */
class OwnMilestoneRequirementsTest {

    private static final Framework LADDER = TestFrameworks.twoTracks();
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static Plan plan(String current, String target) {
        return new Plan(1, "Plan", "two-tracks", current, target, "growth", Optional.empty(), T, T);
    }

    private static OwnMilestone own(String id, String competency, String level, boolean optional) {
        return new OwnMilestone(id, competency, level, "Mine " + id, "", optional, T);
    }

    private static String cell(Requirements r, String competency, String level) {
        return r.cellsOf(competency).stream()
                .filter(c -> c.level().id().equals(level))
                .map(c -> c.required() + "/" + c.items().size())
                .findFirst()
                .orElse("none");
    }

    @Test
    void aRequiredOwnMilestoneAddsASlotToItsCell() {
        Requirements r = Requirements.of(
                LADDER, plan("pm", "principal"), List.of(own("own:aaaaaa", "strategy", "senior", false)));

        assertThat(cell(r, "strategy", "senior")).isEqualTo("2/4");
        assertThat(r.readiness(Map.of())).isEqualTo(new Readiness(0, 8));
        assertThat(r.item("own:aaaaaa").orElseThrow().isOwn()).isTrue();
        // Framework milestones first, then the user's, in the order they were added.
        assertThat(r.cellsOf("strategy").get(0).items().get(3).id()).isEqualTo("own:aaaaaa");
    }

    @Test
    void anOptionalOwnMilestoneIsOneMoreWayToMeetTheCell() {
        Requirements r = Requirements.of(
                LADDER, plan("pm", "principal"), List.of(own("own:aaaaaa", "strategy", "senior", true)));

        assertThat(cell(r, "strategy", "senior")).isEqualTo("1/4");
        assertThat(r.readiness(Map.of())).isEqualTo(new Readiness(0, 7));
        // Done, it meets the cell: the framework's three there leave the open items.
        Map<String, MilestoneProgress> done = progress("own:aaaaaa", "");
        assertThat(r.readiness(done)).isEqualTo(new Readiness(1, 7));
        assertThat(r.open(done)).extracting(Milestone::id).doesNotContain("strategy.senior.1");
    }

    @Test
    void overAchievementWithOwnMilestonesIsCappedLikeAnyOther() {
        Requirements r = Requirements.of(
                LADDER, plan("pm", "principal"), List.of(own("own:aaaaaa", "strategy", "senior", true)));

        Readiness readiness = r.readiness(progress("strategy.senior.1;strategy.senior.2;own:aaaaaa", ""));

        assertThat(readiness).isEqualTo(new Readiness(1, 7));
    }

    @ParameterizedTest(name = "optional {0}: cell {1}, {2} of {3} with it done")
    @CsvSource(textBlock = """
            false, 2/2, 1, 8
            true,  1/2, 1, 7
            """)
    void inACellWithOnlyAnExpectationTheOwnMilestoneJoinsTheExpectationItem(
            boolean optional, String cell, int done, int required) {
        Requirements r = Requirements.of(
                LADDER, plan("pm", "principal"), List.of(own("own:bbbbbb", "people", "principal", optional)));

        assertThat(cell(r, "people", "principal")).isEqualTo(cell);
        assertThat(r.cellsOf("people").get(1).items().get(0).isImplicit()).isTrue();
        assertThat(r.readiness(progress("own:bbbbbb", ""))).isEqualTo(new Readiness(done, required));
    }

    @Test
    void inACellThatAsksNothingARequiredOwnMilestoneIsTheCellsOnlySlotAndAnOptionalOneCountsForNothing() {
        // pm to director: 10 slots; people at director has neither milestones nor an expectation.
        Requirements required = Requirements.of(
                LADDER, plan("pm", "director"), List.of(own("own:cccccc", "people", "director", false)));
        Requirements optional =
                Requirements.of(LADDER, plan("pm", "director"), List.of(own("own:cccccc", "people", "director", true)));

        assertThat(cell(required, "people", "director")).isEqualTo("1/1");
        assertThat(required.readiness(progress("own:cccccc", ""))).isEqualTo(new Readiness(1, 11));
        assertThat(cell(optional, "people", "director")).isEqualTo("0/1");
        assertThat(optional.readiness(progress("own:cccccc", ""))).isEqualTo(new Readiness(0, 10));
        assertThat(optional.items()).extracting(Milestone::id).contains("own:cccccc");
        assertThat(optional.open(Map.of())).extracting(Milestone::id).doesNotContain("own:cccccc");
    }

    @Test
    void anOwnMilestoneOutsideThePlansCellsIsLeftOutNotLost() {
        // director is on the other track: not a level of a plan aiming at principal.
        List<OwnMilestone> own = List.of(own("own:dddddd", "strategy", "director", false));

        Requirements r = Requirements.of(LADDER, plan("pm", "principal"), own);

        assertThat(r.item("own:dddddd")).isEmpty();
        assertThat(r.readiness(Map.of())).isEqualTo(new Readiness(0, 7));
        assertThat(Requirements.of(LADDER, plan("pm", "director"), own).item("own:dddddd"))
                .isPresent();
    }

    @Test
    void ownIdsCanNeverBeAFrameworkOrAnExpectationItemId() {
        String id = OwnMilestones.newId(new SplittableRandom(7), List.of());

        assertThat(id).matches("own:[a-z0-9]{6}");
        assertThat(InputRules.isId(id)).isFalse();
        assertThat(ExpectationItems.parse(id)).isEmpty();
        assertThat(InputRules.isItemId(id)).isTrue();
        assertThat(OwnMilestones.isId("strategy.senior.1")).isFalse();
        assertThat(OwnMilestones.isId("people@senior")).isFalse();
        assertThat(OwnMilestones.isId("own:../x")).isFalse();
    }

    @Test
    void aNewIdIsNoneOfTheTakenOnes() {
        SplittableRandom random = new SplittableRandom(11);
        String first = OwnMilestones.newId(new SplittableRandom(11), List.of());

        assertThat(OwnMilestones.newId(random, List.of(first))).isNotEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty            | '   '                                      | The title is empty
            two lines        | 'Led the review\nand wrote the memo'       | one line
            control char     | 'Led the review\u0007'                     | cannot be stored
            """)
    void aTitleIsOneStorableLine(String what, String title, String says) {
        String text = title.replace("\\n", "\n");

        assertThat(OwnMilestone.titleProblem(text)).contains(says);
        assertThatThrownBy(() -> own("own:eeeeee", "strategy", "senior", false).edited(text, "", false))
                .hasMessageContaining(says);
    }

    @Test
    void aLongTitleIsRefusedWithItsLength() {
        assertThat(OwnMilestone.titleProblem("x".repeat(201))).contains("201").contains("200");
        assertThat(OwnMilestone.titleProblem("x".repeat(200))).isEmpty();
    }

    @Test
    void planChangeSaysWhatLeavesAndJoinsAndReadinessBeforeAndAfter() {
        Map<String, MilestoneProgress> done = progress("strategy.principal.1;strategy.senior.1", "");

        PlanChange change = PlanChange.of(
                LADDER,
                plan("pm", "principal"),
                plan("pm", "director"),
                List.of(own("own:ffffff", "loops", "principal", false)),
                done);

        assertThat(change.leaving().stream().map(Milestone::id).collect(Collectors.joining(",")))
                .isEqualTo(
                        "strategy.principal.1,strategy.principal.2,strategy.principal.3,people@principal,loops@principal,own:ffffff");
        assertThat(change.joining())
                .extracting(Milestone::id)
                .containsExactly(
                        "strategy.group.1",
                        "strategy.group.2",
                        "strategy.director.1",
                        "people.group.1",
                        "people.group.2",
                        "people.group.3",
                        "loops@group",
                        "loops@director");
        assertThat(change.leavingDone(done)).isEqualTo(1);
        assertThat(change.before()).isEqualTo(new Readiness(2, 8));
        assertThat(change.after()).isEqualTo(new Readiness(1, 10));
    }
}
