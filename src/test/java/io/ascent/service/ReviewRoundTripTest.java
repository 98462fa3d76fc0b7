package io.ascent.service;

import static io.ascent.service.ReviewParties.at;
import static io.ascent.service.ReviewParties.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ascent.domain.Assessment;
import io.ascent.domain.review.Decision;
import io.ascent.domain.review.EvidenceItem;
import io.ascent.domain.review.EvidenceVerdict;
import io.ascent.domain.review.GivenReview;
import io.ascent.domain.review.ManagerRating;
import io.ascent.domain.review.ReceivedReview;
import io.ascent.domain.review.ReviewComparison;
import io.ascent.domain.review.ReviewComparison.Marker;
import io.ascent.domain.review.ReviewDraft;
import io.ascent.domain.review.ReviewRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A review round between two real databases through the services the window and the command line
 * use: the person asks, a reviewer with no plan of their own answers, the person imports; and the
 * responses that must be refused are, each leaving the person's database byte for byte as it was.
 */
class ReviewRoundTripTest {

    static final Clock ASKED = at("2026-11-28T10:00:00Z");
    static final Clock ANSWERED = at("2026-12-02T15:30:00Z");
    static final Clock IMPORTED = at("2026-12-03T09:00:00Z");

    @TempDir
    Path dir;

    private ReviewParties parties;

    @BeforeEach
    void setUp() {
        parties = new ReviewParties(dir);
    }

    static ReviewDraft draft() {
        return new ReviewDraft(
                List.of(
                        new ManagerRating("product-strategy", Optional.of("senior-pm"), "Owns the vision, clearly."),
                        new ManagerRating("roadmap-prioritization", Optional.of("pm"), "Trade-offs still escalate."),
                        new ManagerRating("performance-metrics", Optional.of("senior-pm"), "")),
                List.of(),
                "Strong quarter; the roadmap work is what is left.",
                Optional.of(Decision.readyBy(LocalDate.of(2027, 6, 30))));
    }

    /** The reviewer opens {@code request}, writes {@code draft} and sends it as {@code name}. */
    Path answer(Path request, Path reviewerDb, String name, ReviewDraft draft, String fileName) {
        Path response = dir.resolve(fileName);
        with(reviewerDb, ANSWERED, app -> {
            GivenReview given = app.reviews().answers().open(request);
            app.reviews().answers().saveDraft(given.request().id(), draft);
            return app.reviews().answers().send(given.request().id(), name, response, false);
        });
        return response;
    }

    Throwable importing(Path response, boolean acceptNewKey) {
        return with(
                parties.person,
                IMPORTED,
                app -> catchThrowable(() -> app.reviews().imports().importResponse(response, acceptNewKey)));
    }

    @Test
    void aRequestCarriesTheExpectationsSelfRatingsAndDoneEvidenceButNoPrivateNotes() throws Exception {
        Path file = parties.request("alex.ascent-review", false, ASKED);

        String text = Files.readString(file);
        assertThat(text)
                .contains("\"kind\" : \"ascent-review-request\"", "Owns the area's vision", "Alex Kim")
                .doesNotContain(PlanFixture.SECRET_NOTE, "Second private note", PlanFixture.CHECK_IN_NOTE);
        ReviewRequest request = with(
                parties.reviewer,
                ANSWERED,
                app -> app.reviews().answers().open(file).request());
        // The realistic plan is in Growth: 17 core and 4 Growth competencies.
        assertThat(request.competencies()).hasSize(21);
        assertThat(request.competency("product-strategy").orElseThrow().expectations())
                .containsOnlyKeys("pm", "senior-pm");
        assertThat(request.evidence()).hasSize(8).allMatch(EvidenceItem::isDone);
        assertThat(request.evidence().get(0).links()).containsExactly(PlanFixture.EVIDENCE_LINK);
    }

    @Test
    void aBlindRequestHoldsNoSelfRatingOrJustificationAnywhereInItsBytes() throws Exception {
        Path file = parties.request("blind.ascent-review", true, ASKED);

        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertThat(text)
                .contains("\"blind\" : true")
                .doesNotContain("selfRating", "justification", "Owns the area's vision", "Still learning");
    }

    @Test
    void aReviewerWithoutAPlanAnswersAndTheRatingsComeBackBesideTheSelfRatings() {
        Path request = parties.request("alex.ascent-review", false, ASKED);

        Path response = answer(request, parties.reviewer, "Dana Lee", draft(), "dana.ascent-review-response");
        assertThat(importing(response, false)).isNull();

        with(parties.reviewer, ANSWERED, app -> {
            assertThat(app.plans().plans()).isEmpty();
            assertThat(app.reviews().answers().given())
                    .singleElement()
                    .satisfies(g -> assertThat(g.sent()).isTrue());
            return null;
        });
        ReviewComparison comparison = with(parties.person, IMPORTED, app -> {
            long planId = app.plans().plans().get(0).id();
            var view = app.plans().open(planId);
            Optional<ReceivedReview> current = app.reviews().requests().current(planId);
            return ReviewComparison.of(
                    new Assessment(
                            view.framework(), view.plan(), app.assessments().ratings(planId)),
                    current);
        });
        assertThat(comparison.row("product-strategy").orElseThrow().marker()).isEqualTo(Marker.AGREED);
        assertThat(comparison.row("roadmap-prioritization").orElseThrow().marker())
                .isEqualTo(Marker.DISCUSS);
        assertThat(comparison.row("performance-metrics").orElseThrow().marker()).isEqualTo(Marker.FLAGGED);
        assertThat(comparison.row("user-research").orElseThrow().marker()).isEqualTo(Marker.NOT_RATED);
        assertThat(comparison.review().orElseThrow().reviewer().name()).isEqualTo("Dana Lee");
        assertThat(comparison.review().orElseThrow().answer().content().decision())
                .contains(Decision.readyBy(LocalDate.of(2027, 6, 30)));
    }

    @Test
    void aSentReviewIsKeptAsSentAndCannotBeChanged() {
        Path request = parties.request("alex.ascent-review", false, ASKED);
        answer(request, parties.reviewer, "Dana Lee", draft(), "dana.ascent-review-response");

        Throwable thrown = with(parties.reviewer, ANSWERED, app -> {
            GivenReview again = app.reviews().answers().open(request);
            assertThat(again.sent()).isTrue();
            assertThat(again.draft()).isEqualTo(draft());
            return catchThrowable(
                    () -> app.reviews().answers().saveDraft(again.request().id(), ReviewDraft.EMPTY));
        });

        assertThat(thrown).isInstanceOf(ValidationException.class).hasMessageContaining("was sent");
    }

    @Test
    void aResponseWithOneByteOfARatingChangedIsRefusedAndChangesNothing() throws Exception {
        Path request = parties.request("alex.ascent-review", false, ASKED);
        Path response = answer(request, parties.reviewer, "Dana Lee", draft(), "dana.ascent-review-response");
        // The payload is base64 inside the file: decode it, raise one rating a level, put it back.
        String file = Files.readString(response);
        String encoded = file.replaceAll("(?s).*\"payload\" : \"([^\"]+)\".*", "$1");
        String payload = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        String edited = payload.replaceFirst("\"level\" : \"pm\"", "\"level\" : \"sm\"");
        assertThat(edited).isNotEqualTo(payload).hasSameSizeAs(payload);
        Files.writeString(
                response,
                file.replace(encoded, Base64.getEncoder().encodeToString(edited.getBytes(StandardCharsets.UTF_8))));
        String before = HostileFixture.checksum(parties.person);

        assertThat(importing(response, false))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("dana.ascent-review-response: the signature does not match");
        assertThat(HostileFixture.checksum(parties.person)).isEqualTo(before);
    }

    @Test
    void anotherKeyUnderTheSameNameIsRefusedUntilTheNewKeyIsAccepted() throws Exception {
        Path first = parties.request("first.ascent-review", false, ASKED);
        assertThat(importing(answer(first, parties.reviewer, "Dana Lee", draft(), "first.resp"), false))
                .isNull();
        Path second = parties.request("second.ascent-review", false, at("2027-03-01T10:00:00Z"));
        Path impostor = answer(second, dir.resolve("other-computer.db"), "dana lee", draft(), "second.resp");
        String before = HostileFixture.checksum(parties.person);

        Throwable refused = importing(impostor, false);

        assertThat(refused).isInstanceOf(ReviewerKeyChangedException.class).hasMessageContaining("another key");
        assertThat(HostileFixture.checksum(parties.person)).isEqualTo(before);
        assertThat(importing(impostor, true)).isNull();
        List<ReceivedReview> reviews =
                with(parties.person, IMPORTED, app -> app.reviews().requests().reviews(1));
        assertThat(reviews).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"D\u0430na Lee", "Dana Lee\u200D", "Dana Lee\u200E", "\uFF24ana Lee", "DANA LEE"})
    void aLookAlikeOfAPinnedNameUnderAnotherKeyIsRefusedAsTheSameName(String lookAlike) throws Exception {
        Path first = parties.request("first.ascent-review", false, ASKED);
        assertThat(importing(answer(first, parties.reviewer, "Dana Lee", draft(), "first.resp"), false))
                .isNull();
        Path second = parties.request("second.ascent-review", false, at("2027-03-01T10:00:00Z"));
        Path impostor = answer(second, dir.resolve("other-computer.db"), lookAlike, draft(), "second.resp");
        String before = HostileFixture.checksum(parties.person);

        assertThat(importing(impostor, false))
                .isInstanceOf(ReviewerKeyChangedException.class)
                .hasMessageContaining("another key");
        assertThat(HostileFixture.checksum(parties.person)).isEqualTo(before);
    }

    @Test
    void aSecondReviewOfTheSameRequestFromAnotherReviewerSaysWhoseReviewItHas() throws Exception {
        Path request = parties.request("alex.ascent-review", false, ASKED);
        assertThat(importing(answer(request, parties.reviewer, "Dana Lee", draft(), "dana.resp"), false))
                .isNull();
        Path skip = answer(request, dir.resolve("skip.db"), "Skip Level", draft(), "skip.resp");
        String before = HostileFixture.checksum(parties.person);

        assertThat(importing(skip, false))
                .isInstanceOf(ValidationException.class)
                .hasMessage("skip.resp: this request already has Dana Lee's review, and a request gets one review. "
                        + "Ask for a new review (Plan > Ask for a review...) and send that one instead. "
                        + "Nothing changed.");
        assertThat(HostileFixture.checksum(parties.person)).isEqualTo(before);
    }

    @Test
    void aReachedPlanRefusesAReviewImportAndANewRequestLikeEveryOtherChange() throws Exception {
        Path request = parties.request("alex.ascent-review", false, ASKED);
        Path response = answer(request, parties.reviewer, "Dana Lee", draft(), "dana.ascent-review-response");
        with(parties.person, ANSWERED, app -> {
            long planId = app.plans().plans().get(0).id();
            return app.promotions().markReached(planId, LocalDate.parse("2026-12-01"));
        });
        String before = HostileFixture.checksum(parties.person);

        Throwable imported = importing(response, false);
        Throwable asked = ReviewParties.failure(
                parties.person,
                IMPORTED,
                app -> app.reviews()
                        .requests()
                        .request(
                                app.plans().plans().get(0).id(),
                                ReviewParties.choices(false),
                                dir.resolve("again"),
                                false));

        assertThat(imported)
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("was reached on Dec 1, 2026 and is kept as it was");
        assertThat(asked).isInstanceOf(ValidationException.class).hasMessageContaining("is kept as it was");
        assertThat(HostileFixture.checksum(parties.person)).isEqualTo(before);
        assertThat(dir.resolve("again")).doesNotExist();
    }

    @Test
    void aResponseForAnotherPlanIsRefusedAndChangesNothing() throws Exception {
        ReviewParties other = new ReviewParties(Files.createDirectory(dir.resolve("other")));
        Path request = other.request("bo.ascent-review", false, ASKED);
        Path response = answer(request, parties.reviewer, "Dana Lee", draft(), "bo.ascent-review-response");
        String before = HostileFixture.checksum(parties.person);

        assertThat(importing(response, false))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("this review is for another plan");
        assertThat(HostileFixture.checksum(parties.person)).isEqualTo(before);
    }

    @Test
    void aResponseToAnOlderRequestThanTheReviewAlreadyImportedIsRefused() throws Exception {
        Path older = parties.request("older.ascent-review", false, ASKED);
        Path newer = parties.request("newer.ascent-review", false, at("2027-03-01T10:00:00Z"));
        Path olderAnswer = answer(older, parties.reviewer, "Dana Lee", draft(), "older.resp");
        assertThat(importing(answer(newer, parties.reviewer, "Dana Lee", draft(), "newer.resp"), false))
                .isNull();
        String before = HostileFixture.checksum(parties.person);

        assertThat(importing(olderAnswer, false)).hasMessageContaining("answers an older request");
        assertThat(importing(dir.resolve("newer.resp"), false)).hasMessageContaining("already imported");
        assertThat(HostileFixture.checksum(parties.person)).isEqualTo(before);
    }

    @Test
    void aSignedResponseRatingACompetencyTheRequestDidNotHoldIsRefused() throws Exception {
        Path request = parties.request("alex.ascent-review", false, ASKED);
        Path response = answer(request, parties.reviewer, "Dana Lee", draft(), "dana.resp");
        // Signed with Dana's own key: only the content is wrong (a UX competency in a Growth plan).
        ReviewForgery.resign(
                parties.reviewer,
                response,
                payload -> payload.replace(
                        "\"competency\" : \"performance-metrics\"", "\"competency\" : \"accessibility\""));
        String before = HostileFixture.checksum(parties.person);

        assertThat(importing(response, false))
                .hasMessageContaining("it rates the competency 'accessibility', which the request did not include");
        assertThat(HostileFixture.checksum(parties.person)).isEqualTo(before);
    }

    @Test
    void verdictsOnEvidenceTravelWithTheReview() {
        Path request = parties.request("alex.ascent-review", false, ASKED);
        String milestone = with(
                parties.reviewer,
                ANSWERED,
                app -> app.reviews()
                        .answers()
                        .open(request)
                        .request()
                        .evidence()
                        .get(0)
                        .id());
        ReviewDraft withVerdicts = draft().withVerdict(
                        EvidenceItem.key(EvidenceItem.MILESTONE, milestone),
                        Optional.of(new EvidenceVerdict(
                                EvidenceItem.MILESTONE,
                                milestone,
                                EvidenceVerdict.Verdict.CONFIRMED,
                                "Saw the readout.")));

        importing(answer(request, parties.reviewer, "Dana Lee", withVerdicts, "dana.resp"), false);

        ReceivedReview review = with(
                parties.person,
                IMPORTED,
                app -> app.reviews().requests().current(1).orElseThrow());
        assertThat(review.answer().content().verdicts())
                .singleElement()
                .satisfies(v -> assertThat(v.itemId()).isEqualTo(milestone));
    }
}
