package io.ascent.ui.review;

import io.ascent.domain.review.ReceivedReview;
import io.ascent.domain.review.ReviewComparison;
import io.ascent.domain.text.ReviewWords;
import io.ascent.text.I18n;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/** The dashboard's words for the plan's current review: the decision, who and when, what to talk about. */
public class ReviewCardModel {

    private final ZoneId zone;

    // Properties
    private final ReadOnlyBooleanWrapper reviewed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper decision = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reviewer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");

    public ReviewCardModel(ObservableValue<ReviewComparison> comparison, ZoneId zone) {
        this.zone = zone;
        comparison.addListener((obs, old, value) -> show(value));
        show(comparison.getValue());
    }

    /** True when the plan has a review. */
    public ReadOnlyBooleanProperty reviewedProperty() {
        return reviewed.getReadOnlyProperty();
    }

    /** "Ready by Jun 30, 2027", or that the reviewer gave no decision. */
    public ReadOnlyStringProperty decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    /** "Dana Lee (key 9f3a ...), answered Dec 2, 2026". */
    public ReadOnlyStringProperty reviewerProperty() {
        return reviewer.getReadOnlyProperty();
    }

    /** "1 to discuss, 1 flagged, 16 agreed". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    private void show(ReviewComparison comparison) {
        ReceivedReview review = comparison == null ? null : comparison.review().orElse(null);
        reviewed.set(review != null);
        if (review == null) {
            decision.set("");
            reviewer.set("");
            counts.set("");
            return;
        }
        decision.set(review.answer()
                .content()
                .decision()
                .map(ReviewWords::decision)
                .orElse(I18n.t("review.card.noDecision")));
        reviewer.set(ReviewWords.byline(review, zone));
        counts.set(ReviewWords.counts(comparison));
    }
}
