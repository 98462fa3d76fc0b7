package io.ascent.domain.review;

/** Which milestones a review request shows as evidence. */
public enum EvidenceChoice {
    /** Done and in-progress milestones, each with the evidence written so far. */
    ALL,
    /** Done milestones only (the default). */
    DONE,
    /** None: the reviewer rates from the expectations alone. */
    NONE
}
