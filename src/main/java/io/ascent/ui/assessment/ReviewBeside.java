package io.ascent.ui.assessment;

import io.ascent.domain.review.ReviewComparison;
import io.ascent.domain.review.ReviewComparison.Marker;
import io.ascent.domain.text.ReviewWords;
import io.ascent.text.I18n;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Under a competency's own rating, the reviewer's: their level with the marker (agreed, discuss,
 * flagged) and their comment. Nothing when the plan has no review or the reviewer left the
 * competency alone.
 */
final class ReviewBeside extends VBox {

    private final String competencyId;
    private final Label rating = new Label();
    private final Label comment = new Label();
    // Held here so the weak listener lives exactly as long as the card.
    private final ChangeListener<ReviewComparison> listener = (obs, old, comparison) -> show(comparison);

    ReviewBeside(String competencyId, ObservableValue<ReviewComparison> comparison) {
        this.competencyId = competencyId;
        setSpacing(2);
        getStyleClass().add("review-beside");
        rating.setId("reviewer-" + AssessmentView.safeId(competencyId));
        rating.setWrapText(true);
        comment.setWrapText(true);
        comment.getStyleClass().add("hint");
        getChildren().addAll(rating, comment);
        comparison.addListener(new WeakChangeListener<>(listener));
        show(comparison.getValue());
    }

    private void show(ReviewComparison comparison) {
        var row = comparison == null ? null : comparison.row(competencyId).orElse(null);
        boolean shown = row != null
                && comparison.review().isPresent()
                && (row.manager().isPresent() || !row.comment().isEmpty());
        setVisible(shown);
        setManaged(shown);
        rating.getStyleClass().removeAll("marker-agreed", "marker-discuss", "marker-flagged");
        if (!shown) {
            return;
        }
        String name = comparison.review().get().reviewer().name();
        rating.setText(row.manager()
                .map(level ->
                        I18n.t("assessment.reviewer.rated", name, level.title(), ReviewWords.marker(row.marker())))
                .orElse(I18n.t("assessment.reviewer.commented", name)));
        if (row.marker() != Marker.NOT_RATED) {
            rating.getStyleClass().add("marker-" + row.marker().name().toLowerCase(Locale.ROOT));
        }
        comment.setText(row.comment());
        comment.setVisible(!row.comment().isEmpty());
        comment.setManaged(!row.comment().isEmpty());
    }
}
