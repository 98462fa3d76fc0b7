package io.ascent.domain.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A review in the reviewer's own database: the request they opened and what they wrote. A draft
 * can change until it is sent; a sent review is kept as sent and only read ("Reviews I gave").
 */
public record GivenReview(ReviewRequest request, ReviewDraft draft, Instant updatedAt, Optional<Instant> sentAt) {

    public GivenReview {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(updatedAt, "updatedAt");
        sentAt = sentAt == null ? Optional.empty() : sentAt;
    }

    public boolean sent() {
        return sentAt.isPresent();
    }
}
