package io.ascent.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The person's side of reviews: each plan's stable id, the requests the plans sent (as the JSON
 * that was written), the reviewers' pinned keys, and the responses imported (the signed bytes).
 * Failures are {@link PersistenceException}s.
 */
public interface ReviewRepository {

    /** A request as it was written: its id, plan, date and the file's JSON. */
    record SentRequest(UUID id, long planId, Instant createdAt, String json) {}

    /** A reviewer's public key (X.509, base64) as pinned under their name. */
    record PinnedReviewer(String nameKey, String name, String publicKey, Instant pinnedAt) {}

    /** An imported response: the exact payload bytes and signature, with what was read from them. */
    record StoredResponse(
            long id,
            long planId,
            UUID requestId,
            String reviewer,
            String publicKey,
            Instant answeredAt,
            Instant importedAt,
            byte[] payload,
            byte[] signature) {}

    /** The plan's stable id, the same in every database the plan lives in. */
    UUID planUuid(long planId);

    /** The plan of this database with that stable id, if any. */
    Optional<Long> planWithUuid(UUID planUuid);

    void recordRequest(SentRequest request);

    Optional<SentRequest> request(UUID requestId);

    /** The plan's requests, oldest first. */
    List<SentRequest> requests(long planId);

    Optional<PinnedReviewer> pinned(String nameKey);

    /** Every pinned reviewer, for comparing names by a rule newer than the stored keys. */
    List<PinnedReviewer> pins();

    /** The plan's imported responses, oldest request first. */
    List<StoredResponse> responses(long planId);

    /**
     * Stores {@code response} and, when given, pins {@code pin} (new, or replacing the key under
     * that name), in one transaction; returns the response with its id.
     */
    StoredResponse storeResponse(StoredResponse response, Optional<PinnedReviewer> pin);
}
