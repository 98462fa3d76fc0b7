package io.ascent.domain;

import static io.ascent.domain.Checks.requireLength;
import static io.ascent.domain.Checks.requireText;

import io.ascent.domain.storage.FieldMerge;
import io.ascent.domain.storage.FieldMerge.Field;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One plan's progress on one milestone. Evidence is meant for a manager and is printed; notes
 * are private. Links point at the work itself (a doc, a dashboard, a thread). A milestone
 * without a stored progress is {@link #todo(String) to do}.
 */
public record MilestoneProgress(
        String milestoneId,
        MilestoneStatus status,
        Optional<LocalDate> doneDate,
        Optional<LocalDate> dueDate,
        String evidence,
        String notes,
        List<String> links) {

    public static final int MAX_TEXT = 20_000;

    /**
     * The fields an edit changes, for merging it with a change saved meanwhile elsewhere. Status
     * and done date are one field: they change together.
     */
    public static final FieldMerge<MilestoneProgress> FIELDS = new FieldMerge<>(
            new Field<>("status", p -> List.of(p.status(), p.doneDate()), (p, from) -> p.withStatusOf(from)),
            new Field<>("dueDate", MilestoneProgress::dueDate, (p, from) -> p.withDueDate(from.dueDate())),
            new Field<>("evidence", MilestoneProgress::evidence, (p, from) -> p.withEvidence(from.evidence())),
            new Field<>("notes", MilestoneProgress::notes, (p, from) -> p.withNotes(from.notes())),
            new Field<>("links", MilestoneProgress::links, (p, from) -> p.withLinks(from.links())));

    /** The fields that hold text the user types. */
    public static final List<String> TEXT_FIELDS = List.of("evidence", "notes");

    public MilestoneProgress {
        requireText(milestoneId, "domain.what.milestoneId");
        Objects.requireNonNull(status, "status");
        doneDate = doneDate == null ? Optional.empty() : doneDate;
        dueDate = dueDate == null ? Optional.empty() : dueDate;
        evidence = InputRules.requireStorable(
                requireLength(evidence == null ? "" : evidence, MAX_TEXT, "domain.what.evidence"),
                "input.field.evidence");
        notes = InputRules.requireStorable(
                requireLength(notes == null ? "" : notes, MAX_TEXT, "domain.what.notes"), "input.field.notes");
        doneDate.ifPresent(d -> InputRules.requireDateInRange(d, "input.field.doneDate"));
        dueDate.ifPresent(d -> InputRules.requireDateInRange(d, "input.field.dueDate"));
        links = MilestoneLinks.check(links == null ? List.of() : links);
        if (status != MilestoneStatus.DONE && doneDate.isPresent()) {
            throw new IllegalArgumentException(I18n.t("domain.progress.notDone", milestoneId));
        }
    }

    /** Progress without links. */
    public MilestoneProgress(
            String milestoneId,
            MilestoneStatus status,
            Optional<LocalDate> doneDate,
            Optional<LocalDate> dueDate,
            String evidence,
            String notes) {
        this(milestoneId, status, doneDate, dueDate, evidence, notes, List.of());
    }

    public static MilestoneProgress todo(String milestoneId) {
        return new MilestoneProgress(milestoneId, MilestoneStatus.TODO, Optional.empty(), Optional.empty(), "", "");
    }

    public boolean isDone() {
        return status == MilestoneStatus.DONE;
    }

    /** The same progress moved to {@code newStatus}; a milestone marked done is dated {@code today}. */
    public MilestoneProgress withStatus(MilestoneStatus newStatus, LocalDate today) {
        Optional<LocalDate> date =
                newStatus == MilestoneStatus.DONE ? Optional.of(doneDate.orElse(today)) : Optional.empty();
        return new MilestoneProgress(milestoneId, newStatus, date, dueDate, evidence, notes, links);
    }

    /** The same progress with the status and done date of {@code other}. */
    public MilestoneProgress withStatusOf(MilestoneProgress other) {
        return new MilestoneProgress(milestoneId, other.status, other.doneDate, dueDate, evidence, notes, links);
    }

    public MilestoneProgress withEvidence(String newEvidence) {
        return new MilestoneProgress(milestoneId, status, doneDate, dueDate, newEvidence, notes, links);
    }

    public MilestoneProgress withNotes(String newNotes) {
        return new MilestoneProgress(milestoneId, status, doneDate, dueDate, evidence, newNotes, links);
    }

    public MilestoneProgress withDueDate(Optional<LocalDate> newDueDate) {
        return new MilestoneProgress(milestoneId, status, doneDate, newDueDate, evidence, notes, links);
    }

    /** A new done date; only a done milestone has one. */
    public MilestoneProgress withDoneDate(LocalDate newDoneDate) {
        if (!isDone()) {
            throw new IllegalArgumentException(I18n.t("domain.progress.doneDate"));
        }
        return new MilestoneProgress(milestoneId, status, Optional.of(newDoneDate), dueDate, evidence, notes, links);
    }

    public MilestoneProgress withLinks(List<String> newLinks) {
        return new MilestoneProgress(milestoneId, status, doneDate, dueDate, evidence, notes, newLinks);
    }
}
