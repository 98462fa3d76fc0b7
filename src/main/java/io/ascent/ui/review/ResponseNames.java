package io.ascent.ui.review;

import io.ascent.domain.review.ReviewRequest;
import io.ascent.persistence.files.ReviewResponseFiles;

/** File names offered for review files, made from names people typed: no path separators or reserved characters. */
final class ResponseNames {

    private ResponseNames() {}

    /** "Alex Kim - Road to Senior PM.ascent-review-response". */
    static String forRequest(ReviewRequest request) {
        String base = request.plan().requester().map(r -> r + " - ").orElse("")
                + request.plan().name();
        return safe(base) + "." + ReviewResponseFiles.EXTENSION;
    }

    static String safe(String name) {
        return name.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "-");
    }
}
