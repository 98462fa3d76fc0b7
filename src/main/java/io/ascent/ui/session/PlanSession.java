package io.ascent.ui.session;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Readiness;
import io.ascent.domain.text.StatusText;
import io.ascent.service.PlanService;
import io.ascent.text.I18n;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plans of the open database and the one being worked on, shared by every screen. All
 * service calls go through the {@link TaskRunner}; results land here on the JavaFX thread.
 */
public class PlanSession {

    private final PlanService plans;
    private final TaskRunner runner;

    // Properties
    private final ObservableList<Plan> planList = FXCollections.observableArrayList();
    // One wrapper for everyone: a fresh wrapper per call can be collected with its listeners.
    private final ObservableList<Plan> readOnlyPlans = FXCollections.unmodifiableObservableList(planList);
    private final ReadOnlyObjectWrapper<PlanSnapshot> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Plan> unopened = new ReadOnlyObjectWrapper<>();
    private boolean rollingBack;
    private long writes;
    private long failures;
    private final List<Runnable> flushes = new ArrayList<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final UndoStack history = new UndoStack(UndoStack.DEFAULT_CAPACITY);
    private long historyPlanId = -1;

    public PlanSession(PlanService plans, TaskRunner runner) {
        this.plans = plans;
        this.runner = runner;
        current.addListener((obs, old, view) -> forgetHistoryOfOtherPlans(view));
    }

    public ObservableList<Plan> plans() {
        return readOnlyPlans;
    }

    public ReadOnlyObjectProperty<PlanSnapshot> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Optional<PlanSnapshot> current() {
        return Optional.ofNullable(current.get());
    }

    /** True once the plan list has been read from the database. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last failure, in words; empty when the last action worked. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    // Commands

    /**
     * Reads the plan list and opens {@code preferredPlanId}, or the first plan, if any. Both are
     * read in one background task, so the plan does not wait for the JavaFX thread in between
     * (at start-up that thread is busy building the window).
     */
    public void load(Optional<Long> preferredPlanId) {
        runner.run(
                () -> {
                    List<Plan> list = plans.plans();
                    Optional<Plan> choice = preferredPlanId
                            .flatMap(id ->
                                    list.stream().filter(p -> p.id() == id).findFirst())
                            .or(() -> list.stream().findFirst());
                    if (choice.isEmpty()) {
                        return new Loaded(list, null, null, null);
                    }
                    try {
                        return new Loaded(
                                list, choice.get(), plans.open(choice.get().id()), null);
                    } catch (RuntimeException e) {
                        return new Loaded(list, choice.get(), null, e);
                    }
                },
                result -> {
                    planList.setAll(result.plans());
                    loaded.set(true);
                    if (result.choice() == null) {
                        current.set(null);
                    } else if (result.view() != null) {
                        opened(result.view());
                    } else {
                        notOpened(result.choice().id(), result.failure());
                    }
                },
                this::fail);
    }

    /** The plan list, the plan to open (null if there are none), and that plan or why it did not open. */
    private record Loaded(List<Plan> plans, Plan choice, PlanSnapshot view, RuntimeException failure) {}

    public void open(long planId) {
        if (current.get() != null && current.get().plan().id() == planId) {
            return;
        }
        runner.run(() -> plans.open(planId), this::opened, e -> notOpened(planId, e));
    }

    private void opened(PlanSnapshot view) {
        unopened.set(null);
        current.set(view);
        clearError();
    }

    private void notOpened(long planId, Throwable e) {
        unopened.set(planList.stream().filter(p -> p.id() == planId).findFirst().orElse(null));
        fail(e);
    }

    /**
     * The plan the user chose last that could not be opened (e.g. its ladder was removed), or
     * null; the window then keeps the previous plan, or explains the problem if there is none.
     */
    public ReadOnlyObjectProperty<Plan> unopenedProperty() {
        return unopened.getReadOnlyProperty();
    }

    /** Reads the open plan again, e.g. after its framework was updated by an import. */
    public void refresh() {
        PlanSnapshot view = current.get();
        if (view == null) {
            return;
        }
        long seen = writes;
        runner.run(
                () -> plans.open(view.plan().id()),
                fresh -> {
                    if (writes != seen) {
                        // A tick was queued after this read and is not in it: read again behind it.
                        refresh();
                    } else {
                        current.set(fresh);
                    }
                },
                this::fail);
    }

    public void create(PlanDraft draft, Consumer<Plan> onCreated, Consumer<String> onRejected) {
        runner.run(
                () -> plans.create(draft),
                plan -> {
                    status.set(I18n.t("session.created", plan.name()));
                    clearError();
                    onCreated.accept(plan);
                    load(Optional.of(plan.id()));
                },
                e -> {
                    onRejected.accept(Messages.of(e));
                    fail(e);
                });
    }

    public void rename(long planId, String newName) {
        runner.run(
                () -> plans.rename(planId, newName),
                plan -> {
                    status.set(I18n.t("session.renamed", plan.name()));
                    clearError();
                    current.set(null);
                    load(Optional.of(planId));
                },
                this::fail);
    }

    public void delete(long planId) {
        runner.run(
                () -> plans.delete(planId),
                () -> {
                    status.set(I18n.t("session.deleted"));
                    clearError();
                    current.set(null);
                    load(Optional.empty());
                },
                this::fail);
    }

    /**
     * Moves a milestone of the current plan to {@code newStatus}. The screen changes at once and
     * the save follows in the background; if it fails, the change is undone and the error shown.
     * The change can be undone with {@link #undo()}.
     */
    public void setStatus(String milestoneId, MilestoneStatus newStatus) {
        PlanSnapshot before = current.get();
        if (before == null) {
            return;
        }
        MilestoneProgress old = before.progressOf(milestoneId);
        if (old.status() == newStatus) {
            return;
        }
        String title = titleOf(before, milestoneId);
        String description = newStatus == MilestoneStatus.DONE
                ? I18n.t("undo.ticked", title)
                : old.isDone() && newStatus == MilestoneStatus.TODO
                        ? I18n.t("undo.unticked", title)
                        : I18n.t("undo.marked", title, StatusText.of(newStatus).toLowerCase(I18n.locale()));
        perform(new ProgressChange(
                this::writeProgress,
                before.plan().id(),
                old,
                old.withStatus(newStatus, plans.today()),
                description,
                I18n.t(newStatus == MilestoneStatus.DONE ? "session.savedDone" : "session.saved")));
    }

    /**
     * Stores edited progress (evidence, notes, dates, links) of a milestone of the current plan,
     * undoably; {@code description} says what changed, for "Undid: ...".
     */
    public void saveProgress(MilestoneProgress updated, String description) {
        PlanSnapshot before = current.get();
        if (before == null) {
            return;
        }
        MilestoneProgress old = before.progressOf(updated.milestoneId());
        if (old.equals(updated)) {
            return;
        }
        perform(new ProgressChange(
                this::writeProgress, before.plan().id(), old, updated, description, I18n.t("session.saved")));
    }

    // Undo and redo: per plan, cleared when another plan opens.

    /** Does {@code action} and records it for undo; other features push their own actions here. */
    public void perform(UndoableAction action) {
        action.redo();
        history.push(action);
        syncHistory();
    }

    public void undo() {
        long failuresBefore = failures;
        history.undo().ifPresent(a -> reportAfterWrites(I18n.t("undo.undid", a.description()), failuresBefore));
        syncHistory();
    }

    public void redo() {
        long failuresBefore = failures;
        history.redo().ifPresent(a -> reportAfterWrites(I18n.t("undo.redid", a.description()), failuresBefore));
        syncHistory();
    }

    /**
     * Shows {@code message} once the writes queued so far have committed (the worker runs in
     * order), and not at all if one of them failed: the status line never claims an unsaved change.
     */
    private void reportAfterWrites(String message, long failuresBefore) {
        runner.run(
                () -> {},
                () -> {
                    if (failures == failuresBefore) {
                        status.set(message);
                        clearError();
                    }
                },
                this::fail);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void syncHistory() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    private void forgetHistoryOfOtherPlans(PlanSnapshot view) {
        if (view != null && view.plan().id() != historyPlanId) {
            historyPlanId = view.plan().id();
            history.clear();
            syncHistory();
        }
    }

    /** The screen shows {@code progress} at once; if saving fails it goes back to {@code replaced}. */
    private void writeProgress(
            long planId, MilestoneProgress replaced, MilestoneProgress progress, String savedMessage) {
        writes++;
        PlanSnapshot now = current.get();
        if (now != null && now.plan().id() == planId) {
            current.set(withProgress(now, progress));
        }
        runner.run(
                () -> plans.save(planId, progress),
                saved -> {
                    if (savedMessage != null) {
                        status.set(savedMessage);
                        clearError();
                    }
                },
                e -> {
                    fail(e);
                    PlanSnapshot shown = current.get();
                    if (shown != null
                            && shown.plan().id() == planId
                            && shown.progressOf(progress.milestoneId()).equals(progress)) {
                        rollingBack = true;
                        try {
                            current.set(withProgress(shown, replaced));
                        } finally {
                            rollingBack = false;
                        }
                    }
                });
    }

    /**
     * True while the plan shown is being put back after a failed save, so a screen can keep
     * text the user typed (and retry it) instead of replacing it with the stored value.
     */
    /** Registers work that saves edits still waiting (e.g. text typed less than a pause ago). */
    public void onFlush(Runnable flush) {
        flushes.add(flush);
    }

    /** Saves every edit still waiting; called before quitting or switching databases. */
    public void flushPendingEdits() {
        flushes.forEach(Runnable::run);
    }

    /** Today on the service's clock, so screens and saves agree on dates. */
    public LocalDate today() {
        return plans.today();
    }

    public boolean isRollingBack() {
        return rollingBack;
    }

    /** A milestone's title, shortened to fit the status bar. */
    public static String titleOf(PlanSnapshot view, String milestoneId) {
        String title =
                view.framework().milestone(milestoneId).map(m -> m.title()).orElse(milestoneId);
        // Cut between code points, never inside an emoji's surrogate pair.
        return title.codePointCount(0, title.length()) > 60
                ? title.substring(0, title.offsetByCodePoints(0, 57)) + "..."
                : title;
    }

    private static PlanSnapshot withProgress(PlanSnapshot view, MilestoneProgress progress) {
        Map<String, MilestoneProgress> map = new HashMap<>(view.progress());
        map.put(progress.milestoneId(), progress);
        return new PlanSnapshot(
                view.plan(),
                view.framework(),
                view.requiredMilestones(),
                map,
                Readiness.of(view.requiredMilestones(), map));
    }

    private void clearError() {
        error.set("");
    }

    private void fail(Throwable e) {
        failures++;
        error.set(Messages.of(e));
        status.set("");
    }

    /** Shows a success message in the status line, e.g. from another session's save. */
    public void report(String message) {
        status.set(message);
        clearError();
    }

    /** Shows a failure in the status line, in words. */
    public void reportError(Throwable e) {
        fail(e);
    }

    /** Plans as last loaded, for choosers. */
    public List<Plan> planSnapshot() {
        return List.copyOf(planList);
    }
}
