package io.ascent.domain;

/** Where a milestone stands in a plan (in words: domain.text.StatusText). */
public enum MilestoneStatus {
    TODO,
    IN_PROGRESS,
    DONE
}
