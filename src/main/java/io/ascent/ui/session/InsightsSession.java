package io.ascent.ui.session;

import io.ascent.domain.CheckIn;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.service.AssessmentService;
import io.ascent.service.CheckInService;
import io.ascent.text.I18n;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.TaskRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The current plan's self-assessment and check-ins, shared by the dashboard, assessment and
 * history screens. Reloads when another plan opens (not on every tick); rating changes show at
 * once and save in the background, and are put back if the save fails.
 */
public class InsightsSession {

    private record Loaded(
            long planId, Map<String, Rating> ratings, List<CheckIn> checkIns, boolean due, int checkInWeeks) {}

    private final PlanSession session;
    private final StatusLine status;
    private final AssessmentService assessments;
    private final CheckInService checkIns;
    private final TaskRunner runner;

    // Properties
    private final ReadOnlyObjectWrapper<Map<String, Rating>> ratings = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObservableList<CheckIn> history = FXCollections.observableArrayList();
    // One wrapper, kept: listeners on a fresh wrapper per call would be dropped with it.
    private final ObservableList<CheckIn> historyReadOnly = FXCollections.unmodifiableObservableList(history);
    private long loadedPlanId = -1;
    // Ratings changed since the plan's load began: the load's older read must not hide them.
    private final Map<String, Optional<Rating>> editsSinceLoad = new HashMap<>();
    // Per competency, the number of the latest save; an older save that fails must not roll
    // the screen back over a later one.
    private final Map<String, Long> latestSave = new HashMap<>();
    private long saves;
    private Consumer<String> onReminder = message -> {};

    public InsightsSession(
            PlanSession session,
            StatusLine status,
            AssessmentService assessments,
            CheckInService checkIns,
            TaskRunner runner) {
        this.session = session;
        this.status = status;
        this.assessments = assessments;
        this.checkIns = checkIns;
        this.runner = runner;
        session.currentProperty().addListener((obs, old, view) -> planChanged(view));
        planChanged(session.currentProperty().get());
    }

    /** The current plan's ratings by competency id; unrated competencies are absent. */
    public ReadOnlyObjectProperty<Map<String, Rating>> ratingsProperty() {
        return ratings.getReadOnlyProperty();
    }

    /** The current plan's check-ins, oldest first. */
    public ObservableList<CheckIn> checkIns() {
        return historyReadOnly;
    }

    /** Called with a gentle message when an opened plan is due a check-in. */
    public void setOnReminder(Consumer<String> onReminder) {
        this.onReminder = onReminder;
    }

    // Commands

    /** Rates a competency at a level (keeping its justification), or clears it with an empty level. */
    public void rate(String competencyId, Optional<String> levelId) {
        Rating old = ratings.get().get(competencyId);
        Optional<Rating> updated = levelId.map(l -> old == null ? new Rating(competencyId, l, "") : old.withLevel(l));
        if (updated.equals(Optional.ofNullable(old))) {
            return;
        }
        save(competencyId, old, updated);
    }

    /**
     * Puts a competency back exactly as it was (level and justification, or unrated); used by
     * undo, so taking back a cleared rating also brings its justification back.
     */
    public void restore(String competencyId, Optional<Rating> rating) {
        Rating old = ratings.get().get(competencyId);
        if (rating.equals(Optional.ofNullable(old))) {
            return;
        }
        save(competencyId, old, rating);
    }

    /** Stores a competency's justification; a competency must be rated before it can be justified. */
    public void justify(String competencyId, String text) {
        Rating old = ratings.get().get(competencyId);
        if (old == null || old.justification().equals(text == null ? "" : text.strip())) {
            return;
        }
        int length = text == null ? 0 : text.strip().length();
        if (length > Rating.MAX_JUSTIFICATION) {
            status.reportError(
                    new IllegalArgumentException(I18n.t("assessment.tooLong", length, Rating.MAX_JUSTIFICATION)));
            return;
        }
        try {
            save(competencyId, old, Optional.of(old.withJustification(text)));
        } catch (IllegalArgumentException e) {
            // A pasted control character: the rating's rule words it; nothing is saved.
            status.reportError(e);
        }
    }

    /** Stores a check-in of the plan as it is shown now, with {@code note}. */
    public void checkIn(String note, Consumer<CheckIn> onDone) {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            return;
        }
        Map<String, Rating> snapshot = ratings.get();
        runner.run(
                () -> checkIns.checkIn(view, snapshot, note),
                checkIn -> {
                    if (checkIn.planId() == loadedPlanId) {
                        history.add(checkIn);
                    }
                    status.report(
                            I18n.t("checkIn.done", I18n.percent(view.readiness().fraction())));
                    onDone.accept(checkIn);
                },
                status::reportError);
    }

    private void save(String competencyId, Rating old, Optional<Rating> updated) {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            return;
        }
        long planId = view.plan().id();
        put(competencyId, updated);
        editsSinceLoad.put(competencyId, updated);
        long number = ++saves;
        latestSave.put(competencyId, number);
        runner.run(
                () -> {
                    if (updated.isPresent()) {
                        assessments.save(view, updated.get());
                    } else {
                        assessments.clear(planId, competencyId);
                    }
                },
                () -> status.report(I18n.t("assessment.saved")),
                e -> {
                    if (loadedPlanId == planId && Long.valueOf(number).equals(latestSave.get(competencyId))) {
                        put(competencyId, Optional.ofNullable(old));
                        editsSinceLoad.put(competencyId, Optional.ofNullable(old));
                    }
                    status.reportError(e);
                });
    }

    private void put(String competencyId, Optional<Rating> rating) {
        Map<String, Rating> map = new HashMap<>(ratings.get());
        rating.ifPresentOrElse(r -> map.put(competencyId, r), () -> map.remove(competencyId));
        ratings.set(Map.copyOf(map));
    }

    private void planChanged(PlanSnapshot view) {
        if (view == null) {
            loadedPlanId = -1;
            editsSinceLoad.clear();
            latestSave.clear();
            ratings.set(Map.of());
            history.clear();
            return;
        }
        long planId = view.plan().id();
        if (planId == loadedPlanId) {
            return;
        }
        loadedPlanId = planId;
        editsSinceLoad.clear();
        latestSave.clear();
        ratings.set(Map.of());
        history.clear();
        runner.run(
                () -> {
                    List<CheckIn> list = checkIns.history(planId);
                    return new Loaded(
                            planId,
                            assessments.ratings(planId),
                            list,
                            checkIns.reminderDue(view, list),
                            checkIns.checkInWeeks(planId));
                },
                loaded -> {
                    if (loaded.planId() != loadedPlanId) {
                        return;
                    }
                    Map<String, Rating> merged = new HashMap<>(loaded.ratings());
                    editsSinceLoad.forEach(
                            (id, rating) -> rating.ifPresentOrElse(r -> merged.put(id, r), () -> merged.remove(id)));
                    ratings.set(Map.copyOf(merged));
                    history.setAll(loaded.checkIns());
                    if (loaded.due()) {
                        onReminder.accept(
                                loaded.checkIns().isEmpty()
                                        ? I18n.t(
                                                "checkIn.reminder.first",
                                                view.plan().name())
                                        : I18n.t(
                                                "checkIn.reminder.due",
                                                view.plan().name(),
                                                loaded.checkInWeeks()));
                    }
                },
                e -> status.reportError(new IllegalStateException(Messages.of(e), e)));
    }
}
