package io.ascent.ui.session;

import io.ascent.domain.CheckIn;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.domain.storage.EditConflict;
import io.ascent.service.AssessmentService;
import io.ascent.service.CheckInService;
import io.ascent.service.EditConflictException;
import io.ascent.text.I18n;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.TaskRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
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

    private record Loaded(long planId, Map<String, Rating> ratings, List<CheckIn> checkIns, boolean due) {}

    private final PlanSession session;
    private final StatusLine status;
    private final AssessmentService assessments;
    private final CheckInService checkIns;
    private final TaskRunner runner;
    private final ConflictPrompt prompt;
    private final SaveChain<Optional<Rating>> chain = new SaveChain<>();

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
    private String conflictShownFor;
    private EditConflict<Optional<Rating>> conflictShown;

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
        Optional<Rating> old = Optional.ofNullable(ratings.get().get(competencyId));
        change(competencyId, old, atLevel(competencyId, old, levelId));
    }

    /** {@code rating} moved to {@code levelId} with its justification (a new rating without one), or cleared. */
    public static Optional<Rating> atLevel(String competencyId, Optional<Rating> rating, Optional<String> levelId) {
        return levelId.map(level -> rating.map(r -> r.withLevel(level)).orElse(new Rating(competencyId, level, "")));
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
        return competencyId.equals(conflictShownFor) ? Optional.of(conflictShown) : Optional.empty();
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
                () -> new Loaded(planId, assessments.ratings(planId), checkIns.history(planId), false),
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

    private void save(String competencyId, Optional<Rating> replaced, Optional<Rating> updated, boolean typed) {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            return;
        }
        long planId = view.plan().id();
        put(competencyId, updated);
        editsSinceLoad.put(competencyId, updated);
        long number = ++saves;
        latestSave.put(competencyId, number);
        String key = planId + ":" + competencyId;
        AtomicReference<Optional<Rating>> basis = new AtomicReference<>(replaced);
        runner.run(
                () -> {
                    Optional<Rating> base = chain.base(key, replaced);
                    basis.set(base);
                    try {
                        Optional<Rating> stored = assessments.save(view, competencyId, base, updated);
                        chain.saved(key);
                        return stored;
                    } catch (RuntimeException e) {
                        chain.notSaved(key, updated, base);
                        throw e;
                    }
                },
                stored -> {
                    // A change of the other field saved elsewhere was kept: show it.
                    if (!stored.equals(updated) && isLatest(planId, competencyId, number)) {
                        put(competencyId, stored);
                        editsSinceLoad.put(competencyId, stored);
                    }
                    status.report(I18n.t("assessment.saved"));
                },
                e -> {
                    status.reportError(e);
                    if (!isLatest(planId, competencyId, number)) {
                        return;
                    }
                    if (e instanceof EditConflictException c) {
                        conflicted(view, competencyId, c.conflict(), typed);
                    } else {
                        put(competencyId, basis.get());
                        editsSinceLoad.put(competencyId, basis.get());
                    }
                });
    }

    /** True if save {@code number} is the latest of the competency: an older one must not change the screen. */
    private boolean isLatest(long planId, String competencyId, long number) {
        return loadedPlanId == planId && Long.valueOf(number).equals(latestSave.get(competencyId));
    }

    /** The rating was not saved: it was changed elsewhere. Shows what is stored; typed text stays, else asks. */
    private void conflicted(
            PlanSnapshot view, String competencyId, EditConflict<Optional<Rating>> conflict, boolean typed) {
        Optional<Rating> stored = conflict.stored();
        Optional<Rating> theirs = conflict.takeTheirs();
        if (typed && conflict.onlyIn(Rating.TEXT_FIELDS)) {
            // The text waits beside its field; a level chosen with it is no conflict.
            conflictShownFor = competencyId;
            conflictShown = conflict;
            try {
                put(competencyId, theirs);
                editsSinceLoad.put(competencyId, theirs);
            } finally {
                conflictShownFor = null;
                conflictShown = null;
            }
            if (!theirs.equals(stored)) {
                save(competencyId, stored, theirs, false);
            }
            return;
        }
        put(competencyId, stored);
        editsSinceLoad.put(competencyId, stored);
        String title =
                view.framework().competency(competencyId).map(c -> c.title()).orElse(competencyId);
        if (prompt.keepMyRating(title, conflict, view.framework())) {
            save(competencyId, stored, conflict.keepMine(), false);
        } else if (!theirs.equals(stored)) {
            save(competencyId, stored, theirs, false);
        } else {
            status.report(I18n.t("conflict.tookTheirs"));
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
                    return new Loaded(planId, assessments.ratings(planId), list, checkIns.reminderDue(view, list));
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
                                                CheckIn.DEFAULT_CADENCE_DAYS));
                    }
                },
                e -> status.reportError(new IllegalStateException(Messages.of(e), e)));
    }
}
