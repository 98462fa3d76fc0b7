package io.ascent.service;

import static io.ascent.service.ReviewParties.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.Level;
import io.ascent.domain.Rating;
import io.ascent.domain.review.ManagerRating;
import io.ascent.domain.review.ReviewDraft;
import io.ascent.domain.review.ReviewRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A self-rating above the plan's target (rated, then the target lowered in "Edit plan") is sent as
 * it is: the request's levels reach up to it, with what the ladder expects there
 * (docs/review-format.md), and the reviewer can answer on that scale. Two real databases.
 */
class ReviewAboveTargetTest {

    static final Clock ASKED = ReviewRoundTripTest.ASKED;
    static final Clock ANSWERED = ReviewRoundTripTest.ANSWERED;

    @TempDir
    Path dir;

    private ReviewParties parties;

    @BeforeEach
    void setUp() {
        parties = new ReviewParties(dir);
    }

    private void rate(String competencyId, String levelId) {
        with(parties.person, ASKED, app -> {
            long planId = app.plans().plans().get(0).id();
            var view = app.plans().open(planId);
            return app.assessments()
                    .save(
                            view,
                            competencyId,
                            Optional.ofNullable(
                                    app.assessments().ratings(planId).get(competencyId)),
                            Optional.of(new Rating(competencyId, levelId, "Runs the experiment program")));
        });
    }

    private ReviewRequest opened(Path file) {
        return with(
                parties.reviewer,
                ANSWERED,
                app -> app.reviews().answers().open(file).request());
    }

    @Test
    void aRatingAboveTheTargetIsSentAsItIsAndTheReviewerRatesOnThatScale() {
        rate("product-strategy", "principal-pm");

        Path file = parties.request("alex.ascent-review", false, ASKED);

        ReviewRequest request = opened(file);
        assertThat(request.levels()).extracting(Level::id).containsExactly("apm", "pm", "senior-pm", "principal-pm");
        var strategy = request.competency("product-strategy").orElseThrow();
        assertThat(strategy.selfRating().orElseThrow().levelId()).isEqualTo("principal-pm");
        assertThat(strategy.expectations()).containsOnlyKeys("pm", "senior-pm", "principal-pm");
        assertThat(request.competency("roadmap-prioritization").orElseThrow().expectations())
                .containsOnlyKeys("pm", "senior-pm");

        ReviewDraft draft = new ReviewDraft(
                List.of(new ManagerRating("product-strategy", Optional.of("principal-pm"), "Agreed.")),
                List.of(),
                "",
                Optional.empty());
        Path response = dir.resolve("dana.ascent-review-response");
        with(parties.reviewer, ANSWERED, app -> {
            app.reviews().answers().saveDraft(request.id(), draft);
            return app.reviews().answers().send(request.id(), "Dana Lee", response, false);
        });
        with(parties.person, ANSWERED, app -> app.reviews().imports().importResponse(response, false));
        Optional<String> managerRating = with(
                parties.person,
                ANSWERED,
                app -> app.reviews()
                        .requests()
                        .current(app.plans().plans().get(0).id())
                        .orElseThrow()
                        .answer()
                        .content()
                        .rating("product-strategy")
                        .orElseThrow()
                        .levelId());
        assertThat(managerRating).contains("principal-pm");
    }

    @Test
    void aRatingOnTheOtherTrackCountsWhereItsRankFallsOnTheWidenedScale() {
        rate("product-strategy", "director");
        rate("roadmap-prioritization", "principal-pm");

        ReviewRequest request = opened(parties.request("alex.ascent-review", false, ASKED));

        assertThat(request.levels())
                .extracting(Level::id)
                .containsExactly("apm", "pm", "senior-pm", "group-pm", "director");
        assertThat(request.competency("product-strategy")
                        .orElseThrow()
                        .selfRating()
                        .orElseThrow()
                        .levelId())
                .isEqualTo("director");
        assertThat(request.competency("roadmap-prioritization")
                        .orElseThrow()
                        .selfRating()
                        .orElseThrow()
                        .levelId())
                .isEqualTo("group-pm");
    }
}
