package io.ascent.domain;

/** Where a milestone stands in a plan. */
public enum MilestoneStatus {
    TODO("To do"),
    IN_PROGRESS("In progress"),
    DONE("Done");

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
