package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.CheckIn;
import io.ascent.domain.review.EvidenceChoice;
import io.ascent.domain.review.GivenReview;
import io.ascent.domain.review.ManagerRating;
import io.ascent.domain.review.RequestContents;
import io.ascent.domain.review.ReviewComparison.Marker;
import io.ascent.domain.review.ReviewDraft;
import io.ascent.service.PlanFixture;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.review.ReviewSession;
import io.ascent.ui.session.ConflictPrompt;
import io.ascent.ui.session.InsightsSession;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.StatusLine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open plan's review as the screens share it: the comparison follows the person's ratings as
 * they change, and a check-in keeps the reviewer's ratings of that moment.
 */
class ReviewSessionTest {

    private static final TaskRunner SAME_THREAD = new SameThreadTaskRunner();

    @TempDir
    Path dir;

    /** A plan with an imported review by Dana Lee rating product-strategy at senior-pm. */
    private Path reviewedPlan() {
        Path person = dir.resolve("person.db");
        try (PlanFixture fixture = PlanFixture.open(person)) {
            fixture.realisticPlan("Road to Senior PM");
        }
        Path request = dir.resolve("r.ascent-review");
        Path response = dir.resolve("r.ascent-review-response");
        try (AppContext ctx = AppContext.open(person, Clock.systemDefaultZone())) {
            ctx.reviews()
                    .requests()
                    .request(
                            ctx.plans().plans().get(0).id(),
                            new RequestContents.Choices(Optional.empty(), false, EvidenceChoice.NONE),
                            request,
                            false);
        }
        try (AppContext ctx = AppContext.open(dir.resolve("manager.db"), Clock.systemDefaultZone())) {
            GivenReview given = ctx.reviews().answers().open(request);
            ctx.reviews()
                    .answers()
                    .saveDraft(
                            given.request().id(),
                            new ReviewDraft(
                                    List.of(new ManagerRating("product-strategy", Optional.of("senior-pm"), "")),
                                    List.of(),
                                    "",
                                    Optional.empty()));
            ctx.reviews().answers().send(given.request().id(), "Dana Lee", response, false);
        }
        try (AppContext ctx = AppContext.open(person, Clock.systemDefaultZone())) {
            ctx.reviews().imports().importResponse(response, false);
        }
        return person;
    }

    @Test
    void theComparisonFollowsTheRatingsAndACheckInKeepsTheReviewersRatings() {
        Path person = reviewedPlan();
        try (AppContext ctx = AppContext.open(person, Clock.systemDefaultZone())) {
            StatusLine status = new StatusLine();
            PlanSession session = new PlanSession(ctx.plans(), SAME_THREAD, status);
            InsightsSession insights = new InsightsSession(
                    session,
                    status,
                    ctx.assessments(),
                    ctx.checkIns(),
                    SAME_THREAD,
                    new ConflictPrompt(new RecordingDialogs()));
            ReviewSession reviews =
                    new ReviewSession(session, insights, ctx.reviews().requests(), SAME_THREAD, status);
            insights.setManagerRatings(reviews::managerLevels);
            session.load(Optional.empty());

            assertThat(reviews.comparisonProperty()
                            .get()
                            .row("product-strategy")
                            .orElseThrow()
                            .marker())
                    .isEqualTo(Marker.AGREED);
            insights.rate("product-strategy", Optional.of("apm"));
            assertThat(reviews.comparisonProperty()
                            .get()
                            .row("product-strategy")
                            .orElseThrow()
                            .marker())
                    .isEqualTo(Marker.FLAGGED);

            AtomicReference<CheckIn> made = new AtomicReference<>();
            insights.checkIn("After the review", made::set);

            assertThat(made.get().managerRatings()).containsEntry("product-strategy", "senior-pm");
            long planId = session.current().orElseThrow().plan().id();
            assertThat(ctx.checkIns().history(planId).get(1).managerRatings())
                    .containsEntry("product-strategy", "senior-pm");
            assertThat(status.errorProperty().get()).isEmpty();
        }
    }
}
