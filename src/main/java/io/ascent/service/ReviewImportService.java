package io.ascent.service;

import io.ascent.domain.review.ReceivedReview;
import io.ascent.domain.review.ReviewAnswer;
import io.ascent.domain.review.ReviewRequest;
import io.ascent.domain.review.ReviewerIdentity;
import io.ascent.persistence.ReviewRepository;
import io.ascent.persistence.ReviewRepository.PinnedReviewer;
import io.ascent.persistence.ReviewRepository.SentRequest;
import io.ascent.persistence.ReviewRepository.StoredResponse;
import io.ascent.persistence.files.ReviewResponseFiles.SignedResponse;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Bringing a review response back into the person's database. The signature is verified before
 * anything of the payload is parsed; then the response must answer a request this database sent
 * for a plan it has, not older than the last review imported for that plan, with ratings and
 * verdicts only on what the request held; and its key must be the one pinned for the reviewer's
 * name (pinned now if the name is new). Anything else is refused with a message saying which,
 * and the database is left as it was.
 */
public class ReviewImportService {

    /** A response imported: the review as stored, and whether its key was pinned by this import. */
    public record Imported(ReceivedReview review, String planName, boolean newlyPinned) {}

    private final ReviewRequestService requests;
    private final ReviewRepository repository;
    private final PlanService plans;
    private final Clock clock;

    public ReviewImportService(
            ReviewRequestService requests, ReviewRepository repository, PlanService plans, Clock clock) {
        this.requests = requests;
        this.repository = repository;
        this.plans = plans;
        this.clock = clock;
    }

    /** Imports {@code file}; {@code acceptNewKey} lets a known name come with another key. */
    public Imported importResponse(Path file, boolean acceptNewKey) {
        String source = String.valueOf(file.getFileName());
        SignedResponse signed = requests.responseFiles().readEnvelope(file);
        try {
            ReviewerIdentity.checkKey(signed.publicKey());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(source + ": " + e.getMessage());
        }
        if (!ReviewSignatures.verifies(signed.publicKey(), signed.payload(), signed.signature())) {
            throw new ValidationException(I18n.t("review.error.badSignature", source));
        }
        ReviewAnswer answer = requests.responseFiles().parsePayload(signed.payload(), source);
        long planId = repository
                .planWithUuid(answer.planId())
                .orElseThrow(() -> new ValidationException(I18n.t("review.error.otherPlan", source)));
        SentRequest sent = repository
                .request(answer.requestId())
                .orElseThrow(() -> new ValidationException(I18n.t("review.error.otherRequest", source)));
        if (sent.planId() != planId) {
            throw new ValidationException(I18n.t("review.error.otherPlan", source));
        }
        PlanService.requireEditable(plans.plan(planId));
        List<ReceivedReview> earlier = requests.reviews(planId);
        checkNewer(source, answer, sent, earlier, signed.publicKey());
        ReviewRequest request = requests.parse(sent);
        answer.content().problemWith(request).ifPresent(problem -> {
            throw new ValidationException(I18n.t("review.error.doesNotFit", source, problem));
        });
        ReviewerIdentity reviewer = identity(signed, answer, source);
        Optional<PinnedReviewer> pinned = pinnedLike(reviewer);
        Optional<PinnedReviewer> pin = pinFor(source, reviewer, pinned, acceptNewKey);
        StoredResponse stored = repository.storeResponse(
                new StoredResponse(
                        0,
                        planId,
                        answer.requestId(),
                        reviewer.name(),
                        reviewer.publicKey(),
                        answer.answeredAt(),
                        clock.instant(),
                        signed.payload(),
                        signed.signature()),
                pin);
        String planName = plans.plans().stream()
                .filter(p -> p.id() == planId)
                .findFirst()
                .map(p -> p.name())
                .orElse("");
        return new Imported(
                new ReceivedReview(stored.id(), planId, answer, reviewer, sent.createdAt(), stored.importedAt()),
                planName,
                pinned.isEmpty());
    }

    private void checkNewer(
            String source, ReviewAnswer answer, SentRequest sent, List<ReceivedReview> earlier, String publicKey) {
        for (ReceivedReview r : earlier) {
            if (r.answer().requestId().equals(answer.requestId())) {
                boolean sameReviewer = r.reviewer().publicKey().equals(publicKey)
                        && r.reviewer().nameKey().equals(ReviewerIdentity.key(answer.reviewer()));
                throw new ValidationException(
                        sameReviewer
                                ? I18n.t("review.error.alreadyImported", source)
                                : I18n.t(
                                        "review.error.requestAnswered",
                                        source,
                                        r.reviewer().name()));
            }
        }
        if (!earlier.isEmpty()) {
            ZoneId zone = clock.getZone();
            ReceivedReview last = earlier.get(earlier.size() - 1);
            if (sent.createdAt().isBefore(last.requestedAt())) {
                throw new ValidationException(I18n.t(
                        "review.error.olderRequest",
                        source,
                        I18n.date(LocalDate.ofInstant(sent.createdAt(), zone)),
                        I18n.date(LocalDate.ofInstant(last.requestedAt(), zone))));
            }
        }
    }

    private static ReviewerIdentity identity(SignedResponse signed, ReviewAnswer answer, String source) {
        try {
            return new ReviewerIdentity(answer.reviewer(), signed.publicKey());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(source + ": " + e.getMessage());
        }
    }

    /**
     * The reviewer pinned under a name that reads like {@code reviewer}'s. Pins made before names
     * were compared by their skeleton keep their old key, so the names are compared again here.
     */
    private Optional<PinnedReviewer> pinnedLike(ReviewerIdentity reviewer) {
        Optional<PinnedReviewer> exact = repository.pinned(reviewer.nameKey());
        if (exact.isPresent()) {
            return exact;
        }
        return repository.pins().stream()
                .filter(p -> ReviewerIdentity.key(p.name()).equals(reviewer.nameKey()))
                .findFirst();
    }

    private Optional<PinnedReviewer> pinFor(
            String source, ReviewerIdentity reviewer, Optional<PinnedReviewer> pinned, boolean acceptNewKey) {
        String nameKey = pinned.map(PinnedReviewer::nameKey).orElse(reviewer.nameKey());
        PinnedReviewer fresh = new PinnedReviewer(nameKey, reviewer.name(), reviewer.publicKey(), clock.instant());
        if (pinned.isEmpty()) {
            return Optional.of(fresh);
        }
        ReviewerIdentity known =
                new ReviewerIdentity(pinned.get().name(), pinned.get().publicKey());
        if (known.sameKey(reviewer)) {
            return Optional.empty();
        }
        if (!acceptNewKey) {
            throw new ReviewerKeyChangedException(source, reviewer.name(), known.fingerprint(), reviewer.fingerprint());
        }
        return Optional.of(fresh);
    }
}
