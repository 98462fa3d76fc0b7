package io.ascent.service;

import io.ascent.domain.review.ReviewerIdentity;
import io.ascent.text.I18n;

/** Importing a reviewer key into a database that signs with another one: replaced only when asked. */
public class ReviewerKeyExistsException extends ValidationException {

    private final ReviewerIdentity current;

    public ReviewerKeyExistsException(ReviewerIdentity current) {
        super(I18n.t("review.error.keyExists", current.name(), current.fingerprint()));
        this.current = current;
    }

    public ReviewerIdentity current() {
        return current;
    }
}
