package io.ascent.service;

import io.ascent.domain.review.GivenReview;
import io.ascent.domain.review.ReviewAnswer;
import io.ascent.domain.review.ReviewDraft;
import io.ascent.domain.review.ReviewRequest;
import io.ascent.persistence.ReviewerRepository;
import io.ascent.persistence.ReviewerRepository.GivenRow;
import io.ascent.persistence.ReviewerRepository.KeyPairRow;
import io.ascent.persistence.files.Exports;
import io.ascent.persistence.files.ReviewRequestFiles;
import io.ascent.persistence.files.ReviewResponseFiles;
import io.ascent.text.I18n;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reviewer's side: opening a request (kept in their database, with a draft, from then on),
 * saving the draft as they write, and sending: the answer signed with their key and written as a
 * response file, the review then kept as sent and read-only ("Reviews I gave").
 */
public class ReviewAnswerService {

    private final ReviewerRepository repository;
    private final ReviewerKeyService keys;
    private final Clock clock;
    private final List<Path> keepOut;
    private ReviewRequestFiles requestFiles;
    private ReviewResponseFiles responseFiles;

    /** {@code keepOut}: the database's own files, which no response may be written over. */
    public ReviewAnswerService(
            ReviewerRepository repository, ReviewerKeyService keys, Clock clock, List<Path> keepOut) {
        this.keepOut = List.copyOf(keepOut);
        this.repository = repository;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * Reads a request file and keeps it with an empty draft; a request opened before comes back
     * as it was left (its draft, or read-only once sent).
     */
    public GivenReview open(Path requestFile) {
        ReviewRequest request = requestFiles().read(requestFile);
        Optional<GivenRow> known = repository.given(request.id());
        if (known.isPresent()) {
            return given(known.get());
        }
        Instant now = clock.instant();
        byte[] json = requestFiles().write(request);
        repository.open(new GivenRow(
                request.id(),
                new String(json, StandardCharsets.UTF_8),
                responseFiles().draftJson(ReviewDraft.EMPTY),
                now,
                now,
                Optional.empty(),
                Optional.empty()));
        return new GivenReview(request, ReviewDraft.EMPTY, now, Optional.empty());
    }

    /** Every request opened, the most recently changed first. */
    public List<GivenReview> given() {
        return repository.given().stream().map(this::given).toList();
    }

    public Optional<GivenReview> given(UUID requestId) {
        return repository.given(requestId).map(this::given);
    }

    /** Keeps {@code draft} of a request not sent yet. */
    public GivenReview saveDraft(UUID requestId, ReviewDraft draft) {
        GivenReview review = unsent(requestId);
        checkFits(review.request(), draft);
        Instant now = clock.instant();
        repository.saveDraft(requestId, responseFiles().draftJson(draft), now);
        return new GivenReview(review.request(), draft, now, Optional.empty());
    }

    /**
     * Signs the draft as {@code reviewerName} (making the key pair on the first review), writes the
     * response file to {@code target} whole (over an existing file only when {@code replace}), and
     * keeps the review as sent.
     */
    public GivenReview send(UUID requestId, String reviewerName, Path target, boolean replace) {
        GivenReview review = unsent(requestId);
        checkFits(review.request(), review.draft());
        if (Exports.check(target, keepOut) && !replace) {
            throw new ValidationException(I18n.t("export.error.exists", target.toAbsolutePath()));
        }
        KeyPairRow key = keys.keyFor(reviewerName);
        Instant now = clock.instant();
        ReviewAnswer answer;
        try {
            answer = new ReviewAnswer(requestId, review.request().plan().id(), key.name(), now, review.draft());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
        byte[] payload = responseFiles().payload(answer);
        byte[] file =
                responseFiles().envelope(payload, ReviewSignatures.sign(key.privateKey(), payload), key.publicKey());
        Exports.write(target, file, replace, keepOut);
        repository.markSent(requestId, responseFiles().draftJson(review.draft()), now, file);
        return new GivenReview(review.request(), review.draft(), now, Optional.of(now));
    }

    /** Writes a sent review's response file again, byte for byte as it was sent (the first copy got lost). */
    public void writeAgain(UUID requestId, Path target, boolean replace) {
        GivenRow row = repository
                .given(requestId)
                .filter(r -> r.response().isPresent())
                .orElseThrow(() -> new ValidationException(I18n.t("review.error.notSent")));
        Exports.write(target, row.response().get(), replace, keepOut);
    }

    private GivenReview unsent(UUID requestId) {
        GivenReview review =
                given(requestId).orElseThrow(() -> new ValidationException(I18n.t("review.error.notOpened")));
        if (review.sent()) {
            throw new ValidationException(I18n.t("review.error.alreadySent"));
        }
        return review;
    }

    private static void checkFits(ReviewRequest request, ReviewDraft draft) {
        draft.problemWith(request).ifPresent(problem -> {
            throw new ValidationException(problem);
        });
    }

    private GivenReview given(GivenRow row) {
        String source = "review_given " + row.requestId();
        ReviewRequest request = requestFiles().parse(row.requestJson().getBytes(StandardCharsets.UTF_8), source);
        ReviewDraft draft = responseFiles().parseDraft(row.draftJson(), source);
        return new GivenReview(request, draft, row.updatedAt(), row.sentAt());
    }

    private synchronized ReviewRequestFiles requestFiles() {
        if (requestFiles == null) {
            requestFiles = new ReviewRequestFiles();
        }
        return requestFiles;
    }

    private synchronized ReviewResponseFiles responseFiles() {
        if (responseFiles == null) {
            responseFiles = new ReviewResponseFiles();
        }
        return responseFiles;
    }
}
