package io.ascent.ui.review;

import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.review.ReceivedReview;
import io.ascent.service.ReviewRequestService;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.StatusLine;
import java.util.List;
import java.util.Optional;
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
    private final ReviewRequestService requests;
    private final TaskRunner runner;
    private final StatusLine status;

    // Properties
    private final ReadOnlyObjectWrapper<ReceivedReview> current = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ReceivedReview> all = FXCollections.observableArrayList();
    private final ObservableList<ReceivedReview> allReadOnly = FXCollections.unmodifiableObservableList(all);
    private long loadedPlanId = -1;

    public ReviewSession(PlanSession session, ReviewRequestService requests, TaskRunner runner, StatusLine status) {
        this.session = session;
        this.requests = requests;
        this.runner = runner;
        this.status = status;
        session.currentProperty().addListener((obs, old, view) -> planChanged(view, false));
        planChanged(session.currentProperty().get(), false);
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
