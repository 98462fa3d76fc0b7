package io.ascent.domain.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A review brought back into the person's database: the answer, who signed it, which request it
 * answers (with the date that request was made) and when it was imported. A plan keeps every
 * review it received; the one answering the newest request is current.
 */
public record ReceivedReview(
        long id, long planId, ReviewAnswer answer, ReviewerIdentity reviewer, Instant requestedAt, Instant importedAt) {

    public ReceivedReview {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(importedAt, "importedAt");
    }
}
