package io.ascent.ui.dashboard;

import io.ascent.domain.Gap;
import io.ascent.domain.Level;
import io.ascent.domain.NextStep;
import io.ascent.domain.Pace;
import io.ascent.domain.PlanInsights;
import io.ascent.domain.PlanLevels;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.text.NeedWords;
import io.ascent.domain.text.PaceWords;
import io.ascent.domain.text.StatusText;
import io.ascent.domain.text.StepWords;
import io.ascent.text.I18n;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.InsightsSession;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.StatusLine;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The dashboard's figures for the current plan: readiness, estimated level, radar, gaps, next
 * steps, pace and recent activity. Recomputed in the background whenever a milestone is ticked,
 * a rating changes or a check-in is made.
 */
public class DashboardViewModel {

    /** How many gaps and next steps the dashboard lists; the rest are one click away. */
    static final int TOP = 5;

    /** A next step as shown: the milestone's title, its competency and level, and why; it opens the milestone. */
    public record StepRow(String milestoneId, String title, String detail, String reason) {}

    /** A gap as shown; it opens the competency's milestones. */
    public record GapRow(String competencyId, String text) {}

    /** Where a next step or a gap leads: the milestone, or the milestones of a competency, on the Milestones page. */
    public record Links(Consumer<String> milestone, Consumer<String> competency) {
        public static final Links NONE = new Links(id -> {}, id -> {});
    }

    private final PlanSession session;
    private final InsightsSession insights;
    private final StatusLine status;
    private final TaskRunner runner;
    private final Clock clock;
    private final Links links;

    // Properties
    private final ReadOnlyStringWrapper readinessPercent = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper readinessDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper readinessFraction = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper estimate = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<RadarChart.Axis>> radarAxes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Integer> radarSteps = new ReadOnlyObjectWrapper<>(1);
    private final ReadOnlyStringWrapper radarSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper rated = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<GapRow> gaps = FXCollections.observableArrayList();
    // One wrapper, kept: listeners on a fresh wrapper per call would be dropped with it.
    private final ObservableList<GapRow> gapsReadOnly = FXCollections.unmodifiableObservableList(gaps);
    private final ObservableList<StepRow> nextSteps = FXCollections.observableArrayList();
    // One wrapper, kept: listeners on a fresh wrapper per call would be dropped with it.
    private final ObservableList<StepRow> nextStepsReadOnly = FXCollections.unmodifiableObservableList(nextSteps);
    private final ReadOnlyStringWrapper pace = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper projection = new ReadOnlyStringWrapper("");
    private final ObservableList<String> activity = FXCollections.observableArrayList();
    // One wrapper, kept: listeners on a fresh wrapper per call would be dropped with it.
    private final ObservableList<String> activityReadOnly = FXCollections.unmodifiableObservableList(activity);

    public DashboardViewModel(
            PlanSession session, InsightsSession insights, StatusLine status, TaskRunner runner, Clock clock) {
        this(session, insights, status, runner, clock, Links.NONE);
    }

    public DashboardViewModel(
            PlanSession session,
            InsightsSession insights,
            StatusLine status,
            TaskRunner runner,
            Clock clock,
            Links links) {
        this.links = links;
        this.session = session;
        this.status = status;
        this.insights = insights;
        this.runner = runner;
        this.clock = clock;
        session.currentProperty().addListener((obs, old, view) -> refresh());
        insights.ratingsProperty().addListener((obs, old, map) -> refresh());
        insights.checkIns().addListener((ListChangeListener<Object>) c -> refresh());
        refresh();
    }

    private void refresh() {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            return;
        }
        var ratings = insights.ratingsProperty().get();
        var checkIns = List.copyOf(insights.checkIns());
        runner.run(
                () -> PlanInsights.of(view, ratings, clock),
                result -> {
                    if (session.current().orElse(null) == view) {
                        show(result);
                        activity.setAll(RecentActivity.of(view, checkIns, clock.getZone(), TOP));
                    }
                },
                status::reportError);
    }

    private void show(PlanInsights result) {
        PlanSnapshot view = result.view();
        Level target = result.assessment().targetLevel();
        readinessFraction.set(view.readiness().fraction());
        readinessPercent.set(I18n.percent(view.readiness().fraction()));
        readinessDetail.set(I18n.t(
                "dashboard.readiness.detail",
                view.readiness().done(),
                view.readiness().required(),
                target.title()));
        int ratedCount = result.assessment().ratedCount();
        int total = result.assessment().competencies().size();
        estimate.set(I18n.t("dashboard.estimate", result.estimatedLevel().title(), ratedCount, total));
        rated.set(ratedCount > 0);
        PlanLevels path = result.assessment().path();
        radarSteps.set(path.levels().size());
        radarAxes.set(result.gaps().stream()
                .sorted((a, b) -> Integer.compare(
                        result.assessment().competencies().indexOf(a.competency()),
                        result.assessment().competencies().indexOf(b.competency())))
                .map(g -> new RadarChart.Axis(g.competency().title(), path.position(g.level()), path.position(target)))
                .toList());
        radarSummary.set(RadarSummary.of(result));
        gaps.setAll(result.gaps().stream()
                .filter(g -> g.ranks() > 0)
                .limit(TOP)
                .map(g -> new GapRow(g.competency().id(), gapLine(g)))
                .toList());
        nextSteps.setAll(result.nextSteps().stream()
                .limit(TOP)
                .map(s -> stepRow(s, target))
                .toList());
        Pace p = result.pace();
        pace.set(PaceWords.pace(p));
        projection.set(PaceWords.projection(p, view.readiness(), view.plan().targetDate()));
    }

    private static String gapLine(Gap g) {
        return I18n.t(
                "dashboard.gap",
                g.competency().title(),
                g.level().title(),
                g.ranks(),
                NeedWords.of(g.readiness(), g.items()));
    }

    private static StepRow stepRow(NextStep s, Level target) {
        return new StepRow(
                s.milestone().id(),
                s.milestone().title(),
                I18n.t(
                        "dashboard.step.detail",
                        s.competency().title(),
                        s.level().title(),
                        StatusText.of(s.status())),
                StepWords.reason(s, target.title()));
    }

    // Read-only views of the properties

    public ReadOnlyStringProperty readinessPercentProperty() {
        return readinessPercent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readinessDetailProperty() {
        return readinessDetail.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty readinessFractionProperty() {
        return readinessFraction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<RadarChart.Axis>> radarAxesProperty() {
        return radarAxes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> radarStepsProperty() {
        return radarSteps.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty radarSummaryProperty() {
        return radarSummary.getReadOnlyProperty();
    }

    /** False until at least one competency is rated; the radar then says how to start. */
    public ReadOnlyBooleanProperty ratedProperty() {
        return rated.getReadOnlyProperty();
    }

    public ObservableList<GapRow> gaps() {
        return gapsReadOnly;
    }

    // Commands

    /** Opens the step's milestone on the Milestones page. */
    public void open(StepRow step) {
        links.milestone().accept(step.milestoneId());
    }

    /** Opens the milestones of the gap's competency. */
    public void open(GapRow gap) {
        links.competency().accept(gap.competencyId());
    }

    public ObservableList<StepRow> nextSteps() {
        return nextStepsReadOnly;
    }

    public ReadOnlyStringProperty paceProperty() {
        return pace.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty projectionProperty() {
        return projection.getReadOnlyProperty();
    }

    public ObservableList<String> activity() {
        return activityReadOnly;
    }
}
