package io.ascent.ui.rhythm;

import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Upcoming;
import io.ascent.domain.UpcomingItem;
import io.ascent.domain.text.UpcomingWords;
import io.ascent.service.RhythmService;
import io.ascent.text.I18n;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.InsightsSession;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.RhythmSession;
import io.ascent.ui.session.StatusLine;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The dashboard's "Upcoming" card: what is due or overdue in the next two weeks for the open
 * plan, recomputed in the background when the plan, its check-ins or its rhythm change. Each row
 * opens the thing itself through {@code open}.
 */
public class UpcomingViewModel {

    /** A row as shown: what, when, whether it is overdue, and the item it opens. */
    public record Row(String what, String when, boolean overdue, UpcomingItem item) {}

    private final PlanSession session;
    private final InsightsSession insights;
    private final RhythmService rhythms;
    private final TaskRunner runner;
    private final StatusLine status;
    private final Consumer<UpcomingItem> open;

    // Properties
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    // One wrapper, kept: listeners on a fresh wrapper per call would be dropped with it.
    private final ObservableList<Row> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);

    public UpcomingViewModel(
            PlanSession session,
            InsightsSession insights,
            RhythmSession changes,
            RhythmService rhythms,
            TaskRunner runner,
            StatusLine status,
            Consumer<UpcomingItem> open) {
        this.session = session;
        this.insights = insights;
        this.rhythms = rhythms;
        this.runner = runner;
        this.status = status;
        this.open = open;
        session.currentProperty().addListener((obs, old, view) -> refresh());
        insights.checkIns().addListener((ListChangeListener<Object>) c -> refresh());
        changes.countProperty().addListener((obs, old, count) -> refresh());
        refresh();
    }

    private void refresh() {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            rows.clear();
            return;
        }
        var checkIns = List.copyOf(insights.checkIns());
        runner.run(
                () -> {
                    LocalDate today = rhythms.today();
                    return rhythms.upcoming(view, checkIns, Upcoming.DEFAULT_DAYS).stream()
                            .map(i ->
                                    new Row(UpcomingWords.what(i), UpcomingWords.when(i, today), i.isOverdue(today), i))
                            .toList();
                },
                result -> {
                    if (session.current().orElse(null) == view) {
                        rows.setAll(result);
                    }
                },
                status::reportError);
    }

    // Properties

    public ObservableList<Row> rows() {
        return rowsReadOnly;
    }

    /** What the card says when nothing is due. */
    public String emptyText() {
        return I18n.t("rhythm.upcoming.none", Upcoming.DEFAULT_DAYS);
    }

    // Commands

    /** Opens the item: the milestone, the check-in, the 1:1 agenda, the review. */
    public void open(Row row) {
        open.accept(row.item());
    }
}
