package io.ascent.ui.review;

import io.ascent.domain.Assessment;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.review.ReceivedReview;
import io.ascent.domain.review.ReviewComparison;
import io.ascent.service.ReviewRequestService;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.InsightsSession;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.StatusLine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reviews the open plan received, shared by the assessment, dashboard, milestones and history
 * screens: every review, oldest request first, and the current one (the newest request's). Read
 * when another plan opens and after an import.
 */
public class ReviewSession {

    private final PlanSession session;
    private final InsightsSession insights;
    private final ReviewRequestService requests;
    private final TaskRunner runner;
    private final StatusLine status;

    // Properties
    private final ReadOnlyObjectWrapper<ReceivedReview> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReviewComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ReceivedReview> all = FXCollections.observableArrayList();
    private final ObservableList<ReceivedReview> allReadOnly = FXCollections.unmodifiableObservableList(all);
    private long loadedPlanId = -1;

    public ReviewSession(
            PlanSession session,
            InsightsSession insights,
            ReviewRequestService requests,
            TaskRunner runner,
            StatusLine status) {
        this.session = session;
        this.insights = insights;
        this.requests = requests;
        this.runner = runner;
        this.status = status;
        session.currentProperty().addListener((obs, old, view) -> planChanged(view, false));
        insights.ratingsProperty().addListener((obs, old, ratings) -> compare());
        current.addListener((obs, old, review) -> compare());
        planChanged(session.currentProperty().get(), false);
    }

    /**
     * The plan's ratings beside the current review's, per competency, with their markers;
     * recomputed when either changes. Every row is unmarked when the plan has no review.
     */
    public ReadOnlyObjectProperty<ReviewComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    private void compare() {
        PlanSnapshot view = session.current().orElse(null);
        comparison.set(
                view == null
                        ? null
                        : ReviewComparison.of(
                                new Assessment(
                                        view.framework(),
                                        view.plan(),
                                        insights.ratingsProperty().get()),
                                current()));
    }

    /** The open plan's current review, or null when it has none. */
    public ReadOnlyObjectProperty<ReceivedReview> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Optional<ReceivedReview> current() {
        return Optional.ofNullable(current.get());
    }

    /** The open plan's reviews, oldest request first. */
    public ObservableList<ReceivedReview> reviews() {
        return allReadOnly;
    }

    /** The current review's levels by competency id (those the reviewer rated), for check-ins. */
    public Map<String, String> managerLevels() {
        Map<String, String> levels = new TreeMap<>();
        current()
                .ifPresent(r -> r.answer()
                        .content()
                        .ratings()
                        .forEach(rating ->
                                rating.levelId().ifPresent(level -> levels.put(rating.competencyId(), level))));
        return levels;
    }

    // Commands

    /** Reads the open plan's reviews again (after an import). */
    public void reload() {
        planChanged(session.currentProperty().get(), true);
    }

    private void planChanged(PlanSnapshot view, boolean force) {
        if (view == null) {
            loadedPlanId = -1;
            all.clear();
            current.set(null);
            compare();
            return;
        }
        long planId = view.plan().id();
        if (planId == loadedPlanId && !force) {
            return;
        }
        if (planId != loadedPlanId) {
            all.clear();
            current.set(null);
        }
        compare();
        loadedPlanId = planId;
        runner.run(
                () -> requests.reviews(planId),
                (List<ReceivedReview> list) -> {
                    if (planId == loadedPlanId) {
                        all.setAll(list);
                        current.set(list.isEmpty() ? null : list.get(list.size() - 1));
                    }
                },
                status::reportError);
    }
}
