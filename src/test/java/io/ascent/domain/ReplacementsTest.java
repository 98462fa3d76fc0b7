package io.ascent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Progress under retired milestone ids moves to their successors, merged without losing what the user wrote. */
class ReplacementsTest {

    /** "b.new" replaces "a.old" and "c.old"; "d.keep" replaces nothing. */
    private static final Framework LADDER = new Framework(
            "x",
            "2",
            "X",
            "",
            List.of(new Level("l1", "L1", 1, ""), new Level("l2", "L2", 2, "")),
            List.of(),
            List.of(new Competency("c", "Area", "C", "", Optional.empty(), Map.of("l1", "e1", "l2", "e2"))),
            List.of(
                    new Milestone("b.new", "c", "l2", "New", "", List.of("a.old", "c.old"), Milestone.Kind.FRAMEWORK),
                    new Milestone("d.keep", "c", "l2", "Kept", "")),
            List.of());

    private final Replacements replacements = Replacements.of(LADDER);

    private static MilestoneProgress done(String id, String date, String evidence) {
        return new MilestoneProgress(
                id, MilestoneStatus.DONE, Optional.of(LocalDate.parse(date)), Optional.empty(), evidence, "");
    }

    @Test
    void aRetiredIdCountsForItsSuccessorAndOtherIdsForThemselves() {
        assertThat(replacements.current("a.old")).isEqualTo("b.new");
        assertThat(replacements.current("d.keep")).isEqualTo("d.keep");
        assertThat(replacements.current("unknown")).isEqualTo("unknown");
        assertThat(replacements.retiredIds()).containsExactlyInAnyOrder("a.old", "c.old");
        assertThat(Replacements.of(withoutReplaces()).isEmpty()).isTrue();
    }

    @Test
    void progressWithoutRetiredIdsDoesNotMove() {
        Replacements.Move move = replacements.move(List.of(done("d.keep", "2026-01-01", "e")));

        assertThat(move.isEmpty()).isTrue();
        assertThat(move.write()).isEmpty();
    }

    @Test
    void aRetiredRowMovesToItsSuccessorAsItWas() {
        MilestoneProgress old = new MilestoneProgress(
                "a.old",
                MilestoneStatus.IN_PROGRESS,
                Optional.empty(),
                Optional.of(LocalDate.of(2027, 1, 31)),
                "  Mentoring one APM  ",
                "private",
                List.of("https://x.example.com/a"));

        Replacements.Move move = replacements.move(List.of(old, done("d.keep", "2026-01-01", "e")));

        assertThat(move.remove()).containsExactly("a.old");
        assertThat(move.write())
                .containsExactly(new MilestoneProgress(
                        "b.new",
                        MilestoneStatus.IN_PROGRESS,
                        Optional.empty(),
                        Optional.of(LocalDate.of(2027, 1, 31)),
                        "  Mentoring one APM  ",
                        "private",
                        List.of("https://x.example.com/a")));
    }

    @Test
    void rowsMeaningOneMilestoneMergeToTheFurthestStatusTheEarliestDoneDateAndAllTheirTexts() {
        MilestoneProgress own = new MilestoneProgress(
                "b.new",
                MilestoneStatus.IN_PROGRESS,
                Optional.empty(),
                Optional.of(LocalDate.of(2027, 2, 15)),
                "",
                "Ask Dana",
                List.of("https://x.example.com/own"));
        MilestoneProgress a =
                done("a.old", "2026-05-01", "Funded in Q2").withLinks(List.of("https://x.example.com/own"));
        MilestoneProgress c = done("c.old", "2026-03-01", "Funded in Q1");

        Replacements.Move move = replacements.move(List.of(c, own, a));

        assertThat(move.remove()).containsExactlyInAnyOrder("a.old", "c.old");
        assertThat(move.write())
                .containsExactly(new MilestoneProgress(
                        "b.new",
                        MilestoneStatus.DONE,
                        Optional.of(LocalDate.of(2026, 3, 1)),
                        Optional.of(LocalDate.of(2027, 2, 15)),
                        "Funded in Q2\n\nFunded in Q1",
                        "Ask Dana",
                        List.of("https://x.example.com/own")));
    }

    @Test
    void mergedTextThatWouldNotFitIsCutToTheLimitRatherThanRefused() {
        String half = "x".repeat(MilestoneProgress.MAX_TEXT - 10);

        MilestoneProgress merged = replacements
                .move(List.of(done("a.old", "2026-01-01", half), done("c.old", "2026-01-02", half + "y")))
                .write()
                .get(0);

        assertThat(merged.evidence()).hasSize(MilestoneProgress.MAX_TEXT).endsWith("…");
    }

    @Test
    void carriedProgressHasOneRowPerCurrentMilestone() {
        List<MilestoneProgress> carried = replacements.carried(List.of(
                done("a.old", "2026-01-01", "a"), done("c.old", "2026-01-02", "c"), done("d.keep", "2026-01-03", "d")));

        assertThat(carried).extracting(MilestoneProgress::milestoneId).containsExactlyInAnyOrder("b.new", "d.keep");
    }

    @Test
    void aCheckInTakenBeforeTheNewEditionIsComparedUnderTheIdsOfToday() {
        CheckIn before = new CheckIn(
                1, 1, Instant.parse("2026-03-01T10:00:00Z"), Map.of(), new Readiness(1, 2), Set.of("a.old"), "");
        CheckIn after = new CheckIn(
                2,
                1,
                Instant.parse("2026-04-01T10:00:00Z"),
                Map.of(),
                new Readiness(2, 2),
                Set.of("b.new", "d.keep"),
                "");

        assertThat(CheckInComparison.between(before, after, replacements::current)
                        .completedMilestoneIds())
                .containsExactly("d.keep");
        assertThat(CheckInComparison.between(before, after).completedMilestoneIds())
                .containsExactlyInAnyOrder("b.new", "d.keep");
    }

    /** The same ladder with nothing replaced. */
    private static Framework withoutReplaces() {
        return new Framework(
                "y",
                "1",
                "Y",
                "",
                LADDER.levels(),
                List.of(),
                LADDER.competencies(),
                List.of(new Milestone("d.keep", "c", "l2", "Kept", "")),
                List.of());
    }
}
