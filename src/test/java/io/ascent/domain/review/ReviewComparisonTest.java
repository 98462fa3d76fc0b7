package io.ascent.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.TestFrameworks;
import io.ascent.domain.Assessment;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.domain.Requirements;
import io.ascent.domain.review.ReviewComparison.Marker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Self and reviewer ratings side by side on a ladder with two tracks: markers count the levels of
 * the plan's track, never an average; a request offers the reviewer only that track's levels.
 */
class ReviewComparisonTest {

    private static final Framework LADDER = TestFrameworks.twoTracks();
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Plan plan(String current, String target) {
        return new Plan(1, "Plan", "two-tracks", current, target, "growth", Optional.empty(), NOW, NOW);
    }

    private static ReceivedReview review(String competency, String level) {
        ReviewDraft draft = new ReviewDraft(
                List.of(new ManagerRating(competency, Optional.of(level), "")), List.of(), "", Optional.empty());
        return new ReceivedReview(
                1,
                1,
                new ReviewAnswer(UUID.randomUUID(), UUID.randomUUID(), "Dana Lee", NOW, draft),
                new ReviewerIdentity("Dana Lee", "MCowBQYDK2VwAyEARA35T9HRlNqGlc3HwyF2G5Uv7YjwrS7iBF3qTZjuJ5Y="),
                NOW,
                NOW);
    }

    @ParameterizedTest(name = "{0} vs {1} toward {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            senior    | senior    | director  | AGREED
            senior    | group     | director  | DISCUSS
            pm        | group     | director  | FLAGGED
            director  | senior    | director  | FLAGGED
            senior    | principal | principal | DISCUSS
            pm        | principal | principal | FLAGGED
            """)
    void theMarkerCountsTheLevelsOfThePlansTrack(String self, String reviewer, String target, Marker expected) {
        Assessment assessment =
                new Assessment(LADDER, plan("pm", target), Map.of("strategy", new Rating("strategy", self, "")));

        ReviewComparison comparison = ReviewComparison.of(assessment, Optional.of(review("strategy", reviewer)));

        assertThat(comparison.row("strategy").orElseThrow().marker()).isEqualTo(expected);
        assertThat(comparison.row("people").orElseThrow().marker()).isEqualTo(Marker.NOT_RATED);
    }

    @Test
    void anUnratedCompetencyCountsAsThePlansCurrentLevel() {
        Assessment assessment = new Assessment(LADDER, plan("senior", "director"), Map.of());

        ReviewComparison comparison = ReviewComparison.of(assessment, Optional.of(review("strategy", "senior")));

        assertThat(comparison.row("strategy").orElseThrow())
                .satisfies(r -> assertThat(r.selfRated()).isFalse())
                .satisfies(r -> assertThat(r.marker()).isEqualTo(Marker.AGREED));
        assertThat(comparison.count(Marker.AGREED)).isEqualTo(1);
    }

    @Test
    void aRequestOffersOnlyTheLevelsOfThePlansTrackAndTheExpectationsUpToTheTarget() {
        Plan plan = plan("senior", "principal");
        MilestoneProgress done = MilestoneProgress.todo("strategy.principal.1")
                .withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 9, 1))
                .withEvidence("Led the platform strategy")
                .withNotes("Private: not for the reviewer");
        PlanSnapshot view =
                PlanSnapshot.of(plan, LADDER, Requirements.of(LADDER, plan), Map.of(done.milestoneId(), done));

        ReviewRequest request = RequestContents.of(
                view,
                Map.of("strategy", new Rating("strategy", "senior", "Owns the area")),
                UUID.randomUUID(),
                new RequestContents.Choices(Optional.empty(), false, EvidenceChoice.DONE),
                UUID.randomUUID(),
                NOW);

        assertThat(request.levels()).extracting(Level::id).containsExactly("pm", "senior", "principal");
        assertThat(request.competency("strategy").orElseThrow().expectations()).containsOnlyKeys("senior", "principal");
        assertThat(request.evidence()).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("Led the platform strategy");
            assertThat(e.toString()).doesNotContain("Private");
        });
    }
}
