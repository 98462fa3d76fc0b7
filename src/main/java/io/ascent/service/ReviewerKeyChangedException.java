package io.ascent.service;

import io.ascent.text.I18n;

/**
 * A response signed under a reviewer's name with another key than the one pinned for that name:
 * refused unless the person says they accept the new key (their reviewer moved to a new computer
 * without taking the key along, or someone else signs in their name).
 */
public class ReviewerKeyChangedException extends ValidationException {

    private final String reviewer;
    private final String pinnedFingerprint;
    private final String newFingerprint;

    public ReviewerKeyChangedException(
            String source, String reviewer, String pinnedFingerprint, String newFingerprint) {
        super(I18n.t("review.error.keyChanged", source, reviewer, pinnedFingerprint, newFingerprint));
        this.reviewer = reviewer;
        this.pinnedFingerprint = pinnedFingerprint;
        this.newFingerprint = newFingerprint;
    }

    public String reviewer() {
        return reviewer;
    }

    public String pinnedFingerprint() {
        return pinnedFingerprint;
    }

    public String newFingerprint() {
        return newFingerprint;
    }
}
