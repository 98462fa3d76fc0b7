package io.ascent.ui.milestones;

import io.ascent.domain.Competency;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneLinks;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanSnapshot;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.ProgressEdits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The selected milestone's details. Status, dates and links save when changed; evidence and
 * notes save after a short pause in typing or when their field loses focus, never per
 * keystroke. A field is refreshed from the plan only when its stored value changed (an undo,
 * a failed save), so a refresh never overwrites what is being typed in another field.
 */
public class MilestoneDetailsViewModel {

    static final Duration TYPING_PAUSE = Duration.millis(800);

    private final PlanSession session;
    private final ProgressEdits edits;
    private final PauseTransition evidencePause = new PauseTransition(TYPING_PAUSE);
    private final PauseTransition notesPause = new PauseTransition(TYPING_PAUSE);
    private final DialogService dialogs;
    private String milestoneId;
    private long planId = -1;
    private MilestoneProgress stored;
    private boolean loading;

    // Properties
    private final ObjectProperty<Milestone> milestone = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper competencyLevel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper expectation = new ReadOnlyStringWrapper("");
    private final ObjectProperty<MilestoneStatus> status = new SimpleObjectProperty<>(MilestoneStatus.TODO);
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> doneDate = new SimpleObjectProperty<>();
    private final StringProperty evidence = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<String> links = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyLinks = FXCollections.unmodifiableObservableList(links);
    private final StringProperty linkInput = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public MilestoneDetailsViewModel(PlanSession session, ProgressEdits edits, DialogService dialogs) {
        this.session = session;
        this.edits = edits;
        this.dialogs = dialogs;
        evidencePause.setOnFinished(e -> commitEvidence());
        notesPause.setOnFinished(e -> commitNotes());
        evidence.addListener((obs, old, text) -> typed(evidencePause));
        notes.addListener((obs, old, text) -> typed(notesPause));
        status.addListener((obs, old, s) -> {
            if (!loading && s != null && milestoneId != null) {
                edits.setStatus(milestoneId, s);
            }
        });
        dueDate.addListener((obs, old, date) -> edit("undo.dueDate", p -> p.withDueDate(Optional.ofNullable(date))));
        doneDate.addListener((obs, old, date) -> {
            if (loading || stored == null || !stored.isDone()) {
                return;
            }
            if (date == null || date.isAfter(edits.today())) {
                // A done milestone keeps a real done date: put the stored one back and say why.
                problem.set(I18n.t(date == null ? "details.doneDateRequired" : "details.doneDateFuture"));
                Platform.runLater(() -> {
                    loading = true;
                    try {
                        doneDate.set(stored == null ? null : stored.doneDate().orElse(null));
                    } finally {
                        loading = false;
                    }
                });
                return;
            }
            edit("undo.doneDate", p -> p.withDoneDate(date));
        });
        session.currentProperty().addListener((obs, old, view) -> refresh(view));
        edits.onFlush(() -> {
            commitEvidence();
            commitNotes();
        });
    }

    public ObjectProperty<Milestone> milestoneProperty() {
        return milestone;
    }

    /** "Product strategy and vision · Senior PM". */
    public ReadOnlyStringProperty competencyLevelProperty() {
        return competencyLevel.getReadOnlyProperty();
    }

    /** What the framework expects of the competency at the milestone's level. */
    public ReadOnlyStringProperty expectationProperty() {
        return expectation.getReadOnlyProperty();
    }

    public ObjectProperty<MilestoneStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> dueDateProperty() {
        return dueDate;
    }

    public ObjectProperty<LocalDate> doneDateProperty() {
        return doneDate;
    }

    public StringProperty evidenceProperty() {
        return evidence;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<String> links() {
        return readOnlyLinks;
    }

    public StringProperty linkInputProperty() {
        return linkInput;
    }

    /** Why the last edit was not saved; empty when it was. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // Commands

    /** Shows {@code id}'s details (or none), saving what was typed for the previous one first. */
    public void show(Optional<String> id) {
        commitEvidence();
        commitNotes();
        milestoneId = id.orElse(null);
        stored = null;
        problem.set("");
        linkInput.set("");
        refresh(session.currentProperty().get());
    }

    public void commitEvidence() {
        evidencePause.stop();
        edit("undo.evidence", p -> p.withEvidence(evidence.get()));
    }

    public void commitNotes() {
        notesPause.stop();
        edit("undo.notes", p -> p.withNotes(notes.get()));
    }

    public void addLink() {
        String link = linkInput.get() == null ? "" : linkInput.get().strip();
        String why = MilestoneLinks.problem(link);
        if (why.isEmpty() && links.contains(link)) {
            why = I18n.t("details.linkTwice");
        }
        if (!why.isEmpty()) {
            problem.set(why);
            return;
        }
        List<String> updated = new ArrayList<>(links);
        updated.add(link);
        if (edit("undo.linkAdded", p -> p.withLinks(updated))) {
            links.setAll(updated);
            linkInput.set("");
        }
    }

    /** Opens one of the milestone's links (they were checked when added) in the browser. */
    public void openLink(String link) {
        if (links.contains(link) && MilestoneLinks.problem(link).isEmpty()) {
            dialogs.openLink(link);
        }
    }

    public void removeLink(String link) {
        List<String> updated = new ArrayList<>(links);
        updated.remove(link);
        if (edit("undo.linkRemoved", p -> p.withLinks(updated))) {
            links.setAll(updated);
        }
    }

    private void typed(PauseTransition pause) {
        if (!loading && milestoneId != null) {
            pause.playFromStart();
        }
    }

    /**
     * Applies {@code change} to the stored progress and saves it, described for undo by the
     * message {@code undoKey}; false when the input is refused.
     */
    private boolean edit(String undoKey, UnaryOperator<MilestoneProgress> change) {
        if (loading || milestoneId == null || stored == null) {
            return false;
        }
        try {
            MilestoneProgress updated = change.apply(stored);
            problem.set("");
            if (!updated.equals(stored)) {
                stored = updated;
                String title = session.current()
                        .map(v -> ProgressEdits.titleOf(v, milestoneId))
                        .orElse(milestoneId);
                edits.saveProgress(updated, I18n.t(undoKey, title));
            }
            return true;
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    private void refresh(PlanSnapshot view) {
        Optional<Milestone> m = view == null || milestoneId == null ? Optional.empty() : view.item(milestoneId);
        if (m.isEmpty()) {
            milestoneId = null;
            stored = null;
            milestone.set(null);
            return;
        }
        if (view.plan().id() != planId) {
            // Another plan: what was typed for the old one must not be saved into this one.
            evidencePause.stop();
            notesPause.stop();
            planId = view.plan().id();
            stored = null;
        }
        MilestoneProgress now = view.progressOf(milestoneId);
        MilestoneProgress before = stored;
        stored = now;
        loading = true;
        try {
            if (before == null) {
                milestone.set(m.get());
                Competency c =
                        view.framework().competency(m.get().competencyId()).orElseThrow();
                String levelTitle = view.framework()
                        .level(m.get().levelId())
                        .map(l -> l.title())
                        .orElse("");
                competencyLevel.set(c.title() + " \u00b7 " + levelTitle);
                expectation.set(c.expectationAt(m.get().levelId()));
            }
            if (before == null || before.status() != now.status()) {
                status.set(now.status());
            }
            if (before == null || !before.dueDate().equals(now.dueDate())) {
                dueDate.set(now.dueDate().orElse(null));
            }
            if (before == null || !before.doneDate().equals(now.doneDate())) {
                doneDate.set(now.doneDate().orElse(null));
            }
            // After a failed save the typed text stays on screen, marked unsaved; the next pause
            // or focus change tries again, because it differs from the stored value.
            boolean keepTyped = before != null && edits.isRollingBack();
            if (before == null || !before.evidence().equals(now.evidence())) {
                if (keepTyped && evidence.get().equals(before.evidence())) {
                    problem.set(I18n.t("details.notSaved"));
                } else {
                    evidence.set(now.evidence());
                }
            }
            if (before == null || !before.notes().equals(now.notes())) {
                if (keepTyped && notes.get().equals(before.notes())) {
                    problem.set(I18n.t("details.notSaved"));
                } else {
                    notes.set(now.notes());
                }
            }
            if (before == null || !before.links().equals(now.links())) {
                links.setAll(now.links());
            }
        } finally {
            loading = false;
        }
    }
}
