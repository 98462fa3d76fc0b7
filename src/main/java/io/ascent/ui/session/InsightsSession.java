package io.ascent.ui.session;

import io.ascent.domain.CheckIn;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.domain.storage.EditConflict;
import io.ascent.service.AssessmentService;
import io.ascent.service.CheckInService;
import io.ascent.service.ValidationException;
import io.ascent.text.I18n;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.TaskRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The current plan's self-assessment and check-ins, shared by the dashboard, assessment and
 * history screens. Reloads when another plan opens (not on every tick) and when another window or
 * the command line changed the database ({@link #reload}); rating changes show at once and save in
 * the background, and are put back if the save fails. A save never overwrites a rating changed
 * elsewhere meanwhile: as for milestones ({@link ProgressEdits}), the user chooses which to keep.
 */
public class InsightsSession {

    private record Loaded(
            long planId, Map<String, Rating> ratings, List<CheckIn> checkIns, boolean due, int checkInWeeks) {}

    private final PlanSession session;
    private final StatusLine status;
    private final AssessmentService assessments;
    private final CheckInService checkIns;
    private final TaskRunner runner;
    private final ConflictPrompt prompt;
    private final EditWriter<Optional<Rating>> writer;

    // Properties
    private final ReadOnlyObjectWrapper<Map<String, Rating>> ratings = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObservableList<CheckIn> history = FXCollections.observableArrayList();
    // One wrapper, kept: listeners on a fresh wrapper per call would be dropped with it.
    private final ObservableList<CheckIn> historyReadOnly = FXCollections.unmodifiableObservableList(history);
    private long loadedPlanId = -1;
    // Ratings changed since the plan's load began: the load's older read must not hide them.
    private final Map<String, Optional<Rating>> editsSinceLoad = new HashMap<>();
    // Counts the saves begun; a read that began before one must not hide it.
    private long saves;
    private Consumer<String> onReminder = message -> {};
    private Supplier<Map<String, String>> managerRatings = Map::of;

    public InsightsSession(
            PlanSession session,
            StatusLine status,
            AssessmentService assessments,
            CheckInService checkIns,
            TaskRunner runner,
            ConflictPrompt prompt) {
        this.session = session;
        this.status = status;
        this.assessments = assessments;
        this.checkIns = checkIns;
        this.runner = runner;
        this.prompt = prompt;
        this.writer = new EditWriter<>(runner, status, new Screen(), Rating.TEXT_FIELDS);
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

    /** Where a check-in takes the manager review's ratings from (competency id to level id). */
    public void setManagerRatings(Supplier<Map<String, String>> managerRatings) {
        this.managerRatings = managerRatings;
    }

    // Commands

    /** Rates a competency at a level (keeping its justification), or clears it with an empty level. */
    public void rate(String competencyId, Optional<String> levelId) {
        Optional<Rating> old = Optional.ofNullable(ratings.get().get(competencyId));
        change(competencyId, old, Rating.atLevel(competencyId, old, levelId));
    }

    /**
     * Changes a competency's rating from {@code replaced} (what the change was made on: the screen,
     * or what an undone change stored) to {@code rating} (empty: unrated). Ratings, clearing, undo
     * and redo come here.
     */
    public void change(String competencyId, Optional<Rating> replaced, Optional<Rating> rating) {
        if (!rating.equals(replaced)) {
            save(competencyId, replaced, rating, false);
        }
    }

    /**
     * Stores a competency's justification; a competency must be rated before it can be justified.
     * If it was changed elsewhere meanwhile, nothing is saved and nothing is asked: the field keeps
     * the typed text and shows the saved one beside it ({@link #conflictShown}). False when the
     * text is refused (too long, or holding a control character), with the reason in the status line.
     */
    public boolean justify(String competencyId, String text) {
        Rating old = ratings.get().get(competencyId);
        if (old == null || old.justification().equals(text == null ? "" : text.strip())) {
            return true;
        }
        int length = text == null ? 0 : text.strip().length();
        if (length > Rating.MAX_JUSTIFICATION) {
            status.reportError(
                    new IllegalArgumentException(I18n.t("assessment.tooLong", length, Rating.MAX_JUSTIFICATION)));
            return false;
        }
        Rating justified;
        try {
            justified = old.withJustification(text);
        } catch (IllegalArgumentException e) {
            // A pasted control character: the rating's rule words it; nothing is saved.
            status.reportError(e);
            return false;
        }
        save(competencyId, Optional.of(old), Optional.of(justified), true);
        return true;
    }

    /**
     * While a competency is being shown the rating saved elsewhere that its typed justification met:
     * that conflict, so the field keeps what was typed and shows the saved text beside it.
     */
    public Optional<EditConflict<Optional<Rating>>> conflictShown(String competencyId) {
        return writer.conflictShown(new EditWriter.Key(loadedPlanId, competencyId));
    }

    /**
     * Reads the ratings and check-ins again, after another window or the command line changed the
     * database. Ratings saved from here after the read began are read again behind their saves.
     */
    public void reload() {
        long planId = loadedPlanId;
        if (planId < 0) {
            return;
        }
        long seen = saves;
        runner.run(
                () -> new Loaded(planId, assessments.ratings(planId), checkIns.history(planId), false, 0),
                loaded -> {
                    if (loaded.planId() != loadedPlanId) {
                        return;
                    }
                    if (saves != seen) {
                        reload();
                        return;
                    }
                    if (!loaded.ratings().equals(ratings.get())) {
                        ratings.set(Map.copyOf(loaded.ratings()));
                    }
                    if (!loaded.checkIns().equals(history)) {
                        history.setAll(loaded.checkIns());
                    }
                },
                status::reportError);
    }

    /** Stores a check-in of the plan as it is shown now, with {@code note}. */
    public void checkIn(String note, Consumer<CheckIn> onDone) {
        PlanSnapshot view = session.editable().orElse(null);
        if (view == null) {
            return;
        }
        Map<String, Rating> snapshot = ratings.get();
        Map<String, String> reviewed = managerRatings.get();
        runner.run(
                () -> checkIns.checkIn(view, snapshot, note, reviewed),
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

    private void save(String competencyId, Optional<Rating> replaced, Optional<Rating> updated, boolean typed) {
        PlanSnapshot view = session.editable().orElse(null);
        if (view == null) {
            return;
        }
        saves++;
        writer.write(
                new EditWriter.Key(view.plan().id(), competencyId),
                replaced,
                updated,
                I18n.t("assessment.saved"),
                typed);
    }

    /** The open plan's ratings, as {@link EditWriter} shows and saves them. */
    private final class Screen implements EditWriter.Screen<Optional<Rating>> {

        @Override
        public boolean shows(EditWriter.Key key, Optional<Rating> value) {
            return loadedPlanId == key.planId()
                    && Optional.ofNullable(ratings.get().get(key.id())).equals(value);
        }

        @Override
        public void show(EditWriter.Key key, Optional<Rating> value) {
            if (loadedPlanId == key.planId()) {
                put(key.id(), value);
                editsSinceLoad.put(key.id(), value);
            }
        }

        @Override
        public UnaryOperator<Optional<Rating>> saving(EditWriter.Key key, Optional<Rating> wanted) {
            // The plan as shown now, on this thread; its framework checks the rating on the worker.
            Optional<PlanSnapshot> view = session.current().filter(v -> v.plan().id() == key.planId());
            return base -> assessments.save(
                    view.orElseThrow(() -> new ValidationException(I18n.t("error.planGone"))), key.id(), base, wanted);
        }

        @Override
        public boolean keepMine(EditWriter.Key key, EditConflict<Optional<Rating>> conflict) {
            PlanSnapshot view = session.current().orElseThrow();
            String title =
                    view.framework().competency(key.id()).map(c -> c.title()).orElse(key.id());
            return prompt.keepMyRating(title, conflict, view.framework());
        }
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
