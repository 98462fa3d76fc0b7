package io.ascent.domain;

import static io.ascent.domain.Checks.requireLength;
import static io.ascent.domain.Checks.requireText;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One plan's progress on one milestone. Evidence is meant for a manager and is printed; notes
 * are private. A milestone without a stored progress is {@link #todo(String) to do}.
 */
public record MilestoneProgress(
        String milestoneId,
        MilestoneStatus status,
        Optional<LocalDate> doneDate,
        Optional<LocalDate> dueDate,
        String evidence,
        String notes) {

    public static final int MAX_TEXT = 20_000;

    public MilestoneProgress {
        requireText(milestoneId, "milestone id");
        Objects.requireNonNull(status, "status");
        doneDate = doneDate == null ? Optional.empty() : doneDate;
        dueDate = dueDate == null ? Optional.empty() : dueDate;
        evidence = requireLength(evidence == null ? "" : evidence, MAX_TEXT, "Evidence");
        notes = requireLength(notes == null ? "" : notes, MAX_TEXT, "Notes");
        if (status != MilestoneStatus.DONE && doneDate.isPresent()) {
            throw new IllegalArgumentException("milestone '" + milestoneId + "' has a done date but is not done");
        }
    }

    public static MilestoneProgress todo(String milestoneId) {
        return new MilestoneProgress(milestoneId, MilestoneStatus.TODO, Optional.empty(), Optional.empty(), "", "");
    }

    public boolean isDone() {
        return status == MilestoneStatus.DONE;
    }

    /** The same progress moved to {@code newStatus}; a milestone marked done is dated {@code today}. */
    public MilestoneProgress withStatus(MilestoneStatus newStatus, LocalDate today) {
        Optional<LocalDate> date = newStatus == MilestoneStatus.DONE
                ? Optional.of(doneDate.orElse(today))
                : Optional.empty();
        return new MilestoneProgress(milestoneId, newStatus, date, dueDate, evidence, notes);
    }

    public MilestoneProgress withEvidence(String newEvidence) {
        return new MilestoneProgress(milestoneId, status, doneDate, dueDate, newEvidence, notes);
    }
}
