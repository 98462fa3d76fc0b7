package io.ascent.service;

import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Win;
import io.ascent.domain.review.ReceivedReview;
import io.ascent.domain.review.RequestContents;
import io.ascent.domain.review.ReviewRequest;
import io.ascent.domain.review.ReviewerIdentity;
import io.ascent.persistence.ReviewRepository;
import io.ascent.persistence.ReviewRepository.SentRequest;
import io.ascent.persistence.ReviewRepository.StoredResponse;
import io.ascent.persistence.files.Exports;
import io.ascent.persistence.files.ReviewRequestFiles;
import io.ascent.persistence.files.ReviewResponseFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The person's side of a review: asking for one (a request file written and remembered) and
 * reading back the reviews received, the newest request's answer being the current one.
 */
public class ReviewRequestService {

    private final PlanService plans;
    private final AssessmentService assessments;
    private final ReviewRepository repository;
    private final Clock clock;
    private final Function<Long, List<Win>> wins;
    private final List<Path> keepOut;
    // Built on first use, like the plan files: Jackson is not needed at start-up.
    private ReviewRequestFiles requestFiles;
    private ReviewResponseFiles responseFiles;

    /** {@code keepOut}: the database's own files, which no request may be written over. */
    public ReviewRequestService(
            PlanService plans,
            AssessmentService assessments,
            ReviewRepository repository,
            Clock clock,
            List<Path> keepOut) {
        this(plans, assessments, repository, clock, keepOut, planId -> List.of());
    }

    /** {@code wins} gives a plan's wins; the shareable ones join a request's evidence. */
    public ReviewRequestService(
            PlanService plans,
            AssessmentService assessments,
            ReviewRepository repository,
            Clock clock,
            List<Path> keepOut,
            Function<Long, List<Win>> wins) {
        this.wins = wins;
        this.keepOut = List.copyOf(keepOut);
        this.plans = plans;
        this.assessments = assessments;
        this.repository = repository;
        this.clock = clock;
    }

    /** The request for the plan as it stands now, not written anywhere yet. */
    public ReviewRequest prepare(long planId, RequestContents.Choices choices) {
        PlanSnapshot view = plans.open(planId);
        PlanService.requireEditable(view.plan());
        try {
            return RequestContents.of(
                    view,
                    assessments.ratings(planId),
                    repository.planUuid(planId),
                    choices,
                    UUID.randomUUID(),
                    clock.instant(),
                    wins.apply(planId));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
    }

    /**
     * Writes the plan's review request to {@code target} (whole, or not at all; an existing file
     * only when {@code replace}) and remembers it, so the response can be checked against it.
     * Returns what was written.
     */
    public ReviewRequest request(long planId, RequestContents.Choices choices, Path target, boolean replace) {
        ReviewRequest request = prepare(planId, choices);
        byte[] bytes = requestFiles().write(request);
        Exports.write(target, bytes, replace, keepOut);
        repository.recordRequest(
                new SentRequest(request.id(), planId, request.createdAt(), new String(bytes, StandardCharsets.UTF_8)));
        return request;
    }

    /** The plan's requests, oldest first, as they were written. */
    public List<ReviewRequest> requests(long planId) {
        return repository.requests(planId).stream().map(this::parse).toList();
    }

    ReviewRequest parse(SentRequest sent) {
        return requestFiles().parse(sent.json().getBytes(StandardCharsets.UTF_8), "review_request " + sent.id());
    }

    /** The plan's reviews, oldest request first; the last one is current. */
    public List<ReceivedReview> reviews(long planId) {
        List<SentRequest> sent = repository.requests(planId);
        return repository.responses(planId).stream().map(r -> received(r, sent)).toList();
    }

    /** The review answering the plan's newest answered request, if any. */
    public Optional<ReceivedReview> current(long planId) {
        List<ReceivedReview> all = reviews(planId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private ReceivedReview received(StoredResponse r, List<SentRequest> sent) {
        var answer = responseFiles().parsePayload(r.payload(), "review_received " + r.id());
        var requestedAt = sent.stream()
                .filter(s -> s.id().equals(r.requestId()))
                .findFirst()
                .map(SentRequest::createdAt)
                .orElse(r.importedAt());
        return new ReceivedReview(
                r.id(),
                r.planId(),
                answer,
                new ReviewerIdentity(r.reviewer(), r.publicKey()),
                requestedAt,
                r.importedAt());
    }

    synchronized ReviewRequestFiles requestFiles() {
        if (requestFiles == null) {
            requestFiles = new ReviewRequestFiles();
        }
        return requestFiles;
    }

    synchronized ReviewResponseFiles responseFiles() {
        if (responseFiles == null) {
            responseFiles = new ReviewResponseFiles();
        }
        return responseFiles;
    }
}
