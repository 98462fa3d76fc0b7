package io.ascent.ui.assessment;

import io.ascent.domain.Competency;
import io.ascent.domain.Descriptor;
import io.ascent.domain.Level;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.domain.review.ReviewComparison;
import io.ascent.domain.text.ReviewWords;
import io.ascent.text.I18n;
import io.ascent.ui.session.EditHistory;
import io.ascent.ui.session.InsightsSession;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.UndoableAction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The self-assessment of the current plan: its competencies, the ladder's levels and the
 * ratings. Every rating change goes through {@link #rate(String, String)}, so undo can hook in
 * at one place.
 */
public class AssessmentViewModel {

    private final PlanSession session;
    private final BooleanBinding locked;
    private final InsightsSession insights;
    private final EditHistory history;
    private final ObservableValue<ReviewComparison> comparison;

    // Properties
    private final ObservableList<Competency> competencies = FXCollections.observableArrayList();
    // One wrapper, kept: listeners on a fresh wrapper per call would be dropped with it.
    private final ObservableList<Competency> competenciesReadOnly =
            FXCollections.unmodifiableObservableList(competencies);
    private final ObservableList<Level> levels = FXCollections.observableArrayList();
    // One wrapper, kept: listeners on a fresh wrapper per call would be dropped with it.
    private final ObservableList<Level> levelsReadOnly = FXCollections.unmodifiableObservableList(levels);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reviewSummary = new ReadOnlyStringWrapper("");
    private long shownPlanId = -1;

    public AssessmentViewModel(PlanSession session, InsightsSession insights, EditHistory history) {
        this(session, insights, history, new SimpleObjectProperty<>());
    }

    /** {@code comparison} is the plan's ratings beside its current review's (null: no review). */
    public AssessmentViewModel(
            PlanSession session,
            InsightsSession insights,
            EditHistory history,
            ObservableValue<ReviewComparison> comparison) {
        this.comparison = comparison;
        this.session = session;
        this.locked = Bindings.createBooleanBinding(
                () -> session.current().map(v -> v.plan().isReached()).orElse(false), session.currentProperty());
        comparison.addListener((obs, old, value) -> updateReviewSummary(value));
        updateReviewSummary(comparison.getValue());
        this.insights = insights;
        this.history = history;
        session.currentProperty().addListener((obs, old, view) -> planChanged(view));
        insights.ratingsProperty().addListener((obs, old, map) -> updateSummary());
        planChanged(session.currentProperty().get());
    }

    public ObservableList<Competency> competencies() {
        return competenciesReadOnly;
    }

    public ObservableList<Level> levels() {
        return levelsReadOnly;
    }

    /** The ratings beside the current review's, with markers; null when the plan has no review. */
    public ObservableValue<ReviewComparison> comparisonProperty() {
        return comparison;
    }

    /** "Review by Dana Lee, answered Dec 2, 2026: 1 to discuss, 1 flagged, 16 agreed."; empty without one. */
    public ReadOnlyStringProperty reviewSummaryProperty() {
        return reviewSummary.getReadOnlyProperty();
    }

    private void updateReviewSummary(ReviewComparison value) {
        reviewSummary.set(
                value == null || value.review().isEmpty()
                        ? ""
                        : I18n.t(
                                "assessment.reviewSummary",
                                value.review().get().reviewer().name(),
                                I18n.date(LocalDate.ofInstant(
                                        value.review().get().answer().answeredAt(), ZoneId.systemDefault())),
                                ReviewWords.counts(value)));
    }

    public ReadOnlyObjectProperty<Map<String, Rating>> ratingsProperty() {
        return insights.ratingsProperty();
    }

    /** "5 of 18 competencies rated". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public Optional<Rating> rating(String competencyId) {
        return Optional.ofNullable(insights.ratingsProperty().get().get(competencyId));
    }

    /** What the ladder expects of a competency at a level, for the preview while choosing. */
    public String expectation(Competency competency, Level level) {
        return competency.expectationAt(level.id());
    }

    /** The plan's current level, which an unrated competency counts as. */
    /** What "not yet" and "strong" look like for {@code competency} at {@code level}, if the ladder says. */
    public Optional<Descriptor> descriptor(Competency competency, Level level) {
        return competency.descriptorAt(level.id());
    }

    public Optional<Level> currentLevel() {
        return session.current().flatMap(v -> v.framework().level(v.plan().currentLevelId()));
    }

    /** True while the open plan was reached: its ratings are kept as they were. */
    public BooleanBinding lockedProperty() {
        return locked;
    }

    // Commands

    /**
     * Rates a competency at a level; an empty {@code levelId} makes it unrated again. Ctrl+Z
     * takes it back, justification included.
     */
    public void rate(String competencyId, String levelId) {
        Optional<String> next = levelId == null || levelId.isBlank() ? Optional.empty() : Optional.of(levelId);
        Optional<Rating> before =
                Optional.ofNullable(insights.ratingsProperty().get().get(competencyId));
        if (before.map(Rating::levelId).equals(next)) {
            return;
        }
        Optional<Rating> after = Rating.atLevel(competencyId, before, next);
        String title = competencies.stream()
                .filter(c -> c.id().equals(competencyId))
                .map(Competency::title)
                .findFirst()
                .orElse(competencyId);
        history.perform(new UndoableAction() {
            @Override
            public String description() {
                return I18n.t("undo.rated", title);
            }

            @Override
            public void undo() {
                insights.change(competencyId, after, before);
            }

            @Override
            public void redo() {
                insights.change(competencyId, before, after);
            }
        });
    }

    /** Saves a justification; false when the text is refused (the status line says why). */
    public boolean justify(String competencyId, String text) {
        return insights.justify(competencyId, text);
    }

    /**
     * True while the competency is being shown the justification saved elsewhere that the one
     * typed here met: the field then keeps what was typed and shows the saved one beside it.
     */
    public boolean justificationConflictShown(String competencyId) {
        return insights.conflictShown(competencyId).isPresent();
    }

    private void planChanged(PlanSnapshot view) {
        if (view == null) {
            shownPlanId = -1;
            competencies.clear();
            levels.clear();
        } else if (view.plan().id() != shownPlanId) {
            shownPlanId = view.plan().id();
            // Rated on the plan's track: a Principal PM plan is not rated against Group PM and Director.
            levels.setAll(view.requirements().path().levels());
            competencies.setAll(view.framework().competenciesFor(view.plan().specializationId()));
        }
        updateSummary();
    }

    private void updateSummary() {
        List<String> ids = competencies.stream().map(Competency::id).toList();
        long rated = insights.ratingsProperty().get().keySet().stream()
                .filter(ids::contains)
                .count();
        summary.set(I18n.t("assessment.summary", rated, competencies.size()));
    }
}
