package io.ascent.ui.session;

import io.ascent.domain.NextPlan;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.service.PlanService;
import io.ascent.service.ValidationException;
import io.ascent.text.I18n;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plans of the open database and the one being worked on, shared by every screen: loading,
 * switching, creating, renaming and deleting plans. Edits of the open plan's progress are
 * {@link ProgressEdits}; undo is {@link EditHistory}. All service calls go through the
 * {@link TaskRunner}; results land here on the JavaFX thread.
 */
public class PlanSession {

    private final PlanService plans;
    private final TaskRunner runner;
    private final StatusLine status;

    // Properties
    private final ObservableList<Plan> planList = FXCollections.observableArrayList();
    // One wrapper for everyone: a fresh wrapper per call can be collected with its listeners.
    private final ObservableList<Plan> readOnlyPlans = FXCollections.unmodifiableObservableList(planList);
    private final ReadOnlyObjectWrapper<PlanSnapshot> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Plan> unopened = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    // Counts the edits shown before they were saved; a read that began before one must not hide it.
    private long edits;
    private final List<Runnable> leaving = new ArrayList<>();

    public PlanSession(PlanService plans, TaskRunner runner, StatusLine status) {
        this.plans = plans;
        this.runner = runner;
        this.status = status;
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

    /**
     * The plan the user chose last that could not be opened (e.g. its ladder was removed), or
     * null; the window then keeps the previous plan, or explains the problem if there is none.
     */
    public ReadOnlyObjectProperty<Plan> unopenedProperty() {
        return unopened.getReadOnlyProperty();
    }

    // Commands

    /**
     * Opens the window's first plan: {@code lastPlanId}, the plan last opened, unless it was
     * reached and a plan was started from there ({@link NextPlan#active}): that one is under way.
     */
    public void start(Optional<Long> lastPlanId) {
        load(lastPlanId, true);
    }

    /**
     * Reads the plan list and opens {@code preferredPlanId}, or the first plan, if any. Both are
     * read in one background task, so the plan does not wait for the JavaFX thread in between
     * (at start-up that thread is busy building the window).
     */
    public void load(Optional<Long> preferredPlanId) {
        load(preferredPlanId, false);
    }

    private void load(Optional<Long> preferredPlanId, boolean successor) {
        runner.run(
                () -> {
                    List<Plan> list = plans.plans();
                    Optional<Plan> choice = preferredPlanId
                            .flatMap(id ->
                                    list.stream().filter(p -> p.id() == id).findFirst())
                            .or(() -> list.stream().findFirst())
                            .map(p -> successor ? NextPlan.active(p, list) : p);
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
                status::reportError);
    }

    /** The plan list, the plan to open (null if there are none), and that plan or why it did not open. */
    private record Loaded(List<Plan> plans, Plan choice, PlanSnapshot view, RuntimeException failure) {}

    public void open(long planId) {
        if (current.get() != null && current.get().plan().id() == planId) {
            return;
        }
        leaving.forEach(Runnable::run);
        runner.run(() -> plans.open(planId), this::opened, e -> notOpened(planId, e));
    }

    private void opened(PlanSnapshot view) {
        unopened.set(null);
        current.set(view);
        status.clearError();
    }

    private void notOpened(long planId, Throwable e) {
        unopened.set(planList.stream().filter(p -> p.id() == planId).findFirst().orElse(null));
        status.reportError(e);
    }

    /**
     * Registers work to do before another plan is opened, while the current one is still shown:
     * edits still waiting are saved into the plan they were made in.
     */
    public void onLeaving(Runnable work) {
        leaving.add(work);
    }

    /** Reads the open plan again, e.g. after its framework was updated by an import. */
    public void refresh() {
        PlanSnapshot view = current.get();
        if (view == null) {
            return;
        }
        long seen = edits;
        runner.run(
                () -> plans.open(view.plan().id()),
                fresh -> {
                    if (edits != seen) {
                        // An edit was queued after this read and is not in it: read again behind it.
                        refresh();
                    } else {
                        current.set(fresh);
                    }
                },
                status::reportError);
    }

    /**
     * Reads the plan list and the open plan again, after another window or the command line
     * changed the database. The open plan stays open (or, deleted elsewhere, the first plan
     * opens); edits shown here and not yet saved stay on screen: they are read again behind their
     * saves. A plan with unsaved typing keeps it: each screen takes only what changed.
     */
    public void reload() {
        if (!loaded.get()) {
            return;
        }
        PlanSnapshot view = current.get();
        long seen = edits;
        runner.run(
                () -> {
                    List<Plan> list = plans.plans();
                    boolean listed = view != null
                            && list.stream().anyMatch(p -> p.id() == view.plan().id());
                    return new Loaded(
                            list, null, listed ? plans.open(view.plan().id()) : null, null);
                },
                result -> {
                    if (!planList.equals(result.plans())) {
                        planList.setAll(result.plans());
                    }
                    if (view == null
                            || current.get() == null
                            || current.get().plan().id() != view.plan().id()) {
                        return;
                    }
                    if (result.view() == null) {
                        status.report(
                                I18n.t("session.goneElsewhere", view.plan().name()));
                        load(Optional.empty());
                    } else if (edits != seen) {
                        refresh();
                    } else if (!result.view().equals(current.get())) {
                        current.set(result.view());
                    }
                },
                status::reportError);
    }

    /** Creates a plan and opens it; {@code onRejected} gets the reason if the service refuses it. */
    public void create(PlanDraft draft, Consumer<Plan> onCreated, Consumer<String> onRejected) {
        runner.run(
                () -> plans.create(draft),
                plan -> {
                    status.report(I18n.t("session.created", plan.name()));
                    onCreated.accept(plan);
                    load(Optional.of(plan.id()));
                },
                e -> {
                    onRejected.accept(Messages.of(e));
                    status.reportError(e);
                });
    }

    public void rename(long planId, String newName) {
        runner.run(
                () -> plans.rename(planId, newName),
                plan -> {
                    status.report(I18n.t("session.renamed", plan.name()));
                    current.set(null);
                    load(Optional.of(planId));
                },
                status::reportError);
    }

    public void delete(long planId) {
        runner.run(
                () -> plans.delete(planId),
                () -> {
                    status.report(I18n.t("session.deleted"));
                    current.set(null);
                    load(Optional.empty());
                },
                status::reportError);
    }

    /**
     * The open plan if it may change. A reached plan is kept as it was: the status line says so
     * and nothing is given, so every edit of the window refuses in the same words.
     */
    public Optional<PlanSnapshot> editable() {
        PlanSnapshot view = current.get();
        if (view == null) {
            return Optional.empty();
        }
        Optional<String> refusal = PlanService.refusal(view.plan());
        if (refusal.isPresent()) {
            status.reportError(new ValidationException(refusal.get()));
            return Optional.empty();
        }
        return Optional.of(view);
    }

    /** Reads the plan list and {@code planId} again, e.g. after the plan's name or levels changed. */
    void reload(long planId) {
        load(Optional.of(planId));
    }

    /** Shows an edit of the open plan before it is saved (or a failed one taken back). */
    void showEdited(PlanSnapshot view) {
        edits++;
        current.set(view);
    }
}
