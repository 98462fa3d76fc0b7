package io.ascent.ui.milestones;

import io.ascent.domain.Competency;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneLinks;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.review.ReceivedReview;
import io.ascent.domain.text.ReviewWords;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.GuardedText;
import io.ascent.ui.session.ConflictPrompt;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.ProgressEdits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The selected milestone's details. Status, dates and links save when changed; evidence and
 * notes save after a short pause in typing or when their field loses focus, never per
 * keystroke. A field is refreshed from the plan only when its stored value changed (an undo,
 * a failed save, a change saved in another window or on the command line), so a refresh never
 * overwrites what is being typed in another field. Text typed over a change saved elsewhere stays
 * in its field with the saved version beside it ({@link GuardedText}) until the user keeps one.
 */
public class MilestoneDetailsViewModel {

    static final Duration TYPING_PAUSE = Duration.millis(800);
    private static final String EVIDENCE = "evidence";
    private static final String NOTES = "notes";

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
    private final GuardedText evidence = new GuardedText();
    private final GuardedText notes = new GuardedText();
    private final ObservableList<String> links = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyLinks = FXCollections.unmodifiableObservableList(links);
    private final StringProperty linkInput = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding locked;
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ObservableValue<ReceivedReview> review;

    public MilestoneDetailsViewModel(PlanSession session, ProgressEdits edits, DialogService dialogs) {
        this(session, edits, dialogs, new SimpleObjectProperty<>());
    }

    /** {@code review} is the plan's current review (null: none), for "Confirmed by ...". */
    public MilestoneDetailsViewModel(
            PlanSession session, ProgressEdits edits, DialogService dialogs, ObservableValue<ReceivedReview> review) {
        this.review = review;
        milestone.addListener((obs, old, m) -> updateVerdict());
        review.addListener((obs, old, r) -> updateVerdict());
        this.session = session;
        this.edits = edits;
        this.dialogs = dialogs;
        evidencePause.setOnFinished(e -> commitEvidence());
        notesPause.setOnFinished(e -> commitNotes());
        evidence.textProperty().addListener((obs, old, text) -> typed(evidence, evidencePause));
        notes.textProperty().addListener((obs, old, text) -> typed(notes, notesPause));
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
        locked = Bindings.createBooleanBinding(
                () -> session.current().map(v -> v.plan().isReached()).orElse(false), session.currentProperty());
        edits.onFlush(() -> {
            settleConflicts();
            commitEvidence();
            commitNotes();
        });
    }

    /** What the current review says of this milestone ("Confirmed by Dana Lee"), or empty. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    private void updateVerdict() {
        Milestone m = milestone.get();
        ReceivedReview r = review.getValue();
        verdict.set(
                m == null || r == null ? "" : ReviewWords.verdictOn(r, m.id()).orElse(""));
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
        return evidence.textProperty();
    }

    public StringProperty notesProperty() {
        return notes.textProperty();
    }

    /** The evidence saved elsewhere over which evidence was typed here; null when there is none. */
    public ReadOnlyObjectProperty<String> evidenceTheirsProperty() {
        return evidence.theirsProperty();
    }

    /** The notes saved elsewhere over which notes were typed here; null when there are none. */
    public ReadOnlyObjectProperty<String> notesTheirsProperty() {
        return notes.theirsProperty();
    }

    public ObservableList<String> links() {
        return readOnlyLinks;
    }

    public StringProperty linkInputProperty() {
        return linkInput;
    }

    /** True while the open plan was reached: it is kept as it was, so nothing here can change. */
    public BooleanBinding lockedProperty() {
        return locked;
    }

    /** Why the last edit was not saved; empty when it was. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // Commands

    /** Shows {@code id}'s details (or none), saving what was typed for the previous one first. */
    public void show(Optional<String> id) {
        settleConflicts();
        commitEvidence();
        commitNotes();
        milestoneId = id.orElse(null);
        stored = null;
        problem.set("");
        linkInput.set("");
        refresh(session.currentProperty().get());
    }

    public void commitEvidence() {
        commit(evidence, evidencePause, "undo.evidence", p -> p.withEvidence(evidence.text()), p -> p.evidence());
    }

    public void commitNotes() {
        commit(notes, notesPause, "undo.notes", p -> p.withNotes(notes.text()), p -> p.notes());
    }

    /** Saves the evidence typed here over the evidence saved elsewhere. */
    public void keepMyEvidence() {
        evidence.keepMine();
        commitEvidence();
    }

    /** Drops the evidence typed here for the evidence saved elsewhere; nothing is saved. */
    public void takeSavedEvidence() {
        takeSaved(evidence, evidencePause);
    }

    /** Saves the notes typed here over the notes saved elsewhere. */
    public void keepMyNotes() {
        notes.keepMine();
        commitNotes();
    }

    /** Drops the notes typed here for the notes saved elsewhere; nothing is saved. */
    public void takeSavedNotes() {
        takeSaved(notes, notesPause);
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

    /**
     * Before the pane leaves the milestone (another is selected, the app quits): typed text still
     * waiting beside a change saved elsewhere is not dropped unasked.
     */
    private void settleConflicts() {
        if (milestoneId == null) {
            return;
        }
        String title = session.current()
                .map(v -> ProgressEdits.titleOf(v, milestoneId))
                .orElse(milestoneId);
        if (evidence.inConflict()) {
            if (askKeepMine(I18n.t(
                    "conflict.leaving.evidence",
                    title,
                    ConflictPrompt.text(evidence.theirsProperty().get())))) {
                keepMyEvidence();
            } else {
                takeSavedEvidence();
            }
        }
        if (notes.inConflict()) {
            if (askKeepMine(I18n.t(
                    "conflict.leaving.notes",
                    title,
                    ConflictPrompt.text(notes.theirsProperty().get())))) {
                keepMyNotes();
            } else {
                takeSavedNotes();
            }
        }
    }

    private boolean askKeepMine(String message) {
        return dialogs.ask(
                I18n.t("conflict.title"), message, I18n.t("conflict.keepMine"), I18n.t("conflict.takeTheirs"));
    }

    private void typed(GuardedText text, PauseTransition pause) {
        if (!loading && !text.isSetting() && milestoneId != null) {
            pause.playFromStart();
        }
    }

    /** Saves typed text, unless it waits for the user to choose between it and what was saved elsewhere. */
    private void commit(
            GuardedText text,
            PauseTransition pause,
            String undoKey,
            UnaryOperator<MilestoneProgress> change,
            Function<MilestoneProgress, String> field) {
        pause.stop();
        if (text.inConflict() || stored == null) {
            return;
        }
        // Before the save: a save that fails or meets a change elsewhere says so while it runs.
        text.saving();
        if (!edit(undoKey, change, true) && stored != null) {
            text.notSaved(field.apply(stored));
        }
    }

    private void takeSaved(GuardedText text, PauseTransition pause) {
        pause.stop();
        text.takeTheirs();
        problem.set("");
    }

    private boolean edit(String undoKey, UnaryOperator<MilestoneProgress> change) {
        return edit(undoKey, change, false);
    }

    /**
     * Applies {@code change} to the stored progress and saves it, described for undo by the
     * message {@code undoKey}; false when the input is refused. {@code typed}: text typed in a
     * field, which shows a conflict with a change saved elsewhere beside it.
     */
    private boolean edit(String undoKey, UnaryOperator<MilestoneProgress> change, boolean typed) {
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
                if (typed) {
                    edits.saveText(updated, I18n.t(undoKey, title));
                } else {
                    edits.saveProgress(updated, I18n.t(undoKey, title));
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    /**
     * Shows the stored {@code value} of a text field unless it holds typed text that was not saved:
     * after a failed save it stays to be tried again; over a change saved elsewhere it stays with
     * that change beside it.
     */
    private void refreshText(GuardedText text, String field, String value) {
        boolean conflict = edits.conflictShown(milestoneId)
                .filter(c -> c.fields().contains(field))
                .isPresent();
        if (conflict) {
            text.conflict(value);
        } else if (edits.isRollingBack()) {
            text.notSaved(value);
            if (!text.text().equals(value)) {
                problem.set(I18n.t("details.notSaved"));
            }
        } else {
            text.stored(value);
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
            // An own milestone edited elsewhere (its title, its description) shows its new words.
            if (before == null || !m.get().equals(milestone.get())) {
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
            if (before == null) {
                evidence.reset(now.evidence());
                notes.reset(now.notes());
            } else {
                refreshText(evidence, EVIDENCE, now.evidence());
                refreshText(notes, NOTES, now.notes());
            }
            if (before == null || !before.links().equals(now.links())) {
                links.setAll(now.links());
            }
        } finally {
            loading = false;
        }
    }
}
