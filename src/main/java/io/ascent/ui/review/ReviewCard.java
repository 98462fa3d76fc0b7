package io.ascent.ui.review;

import io.ascent.text.I18n;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The dashboard's "Manager review" card: the decision, who decided and when, and what to discuss. Hidden without a review. */
public class ReviewCard extends VBox {

    public ReviewCard(ReviewCardModel model) {
        super(8);
        setId("dashboardReview");
        getStyleClass().add("card");
        Label title = new Label(I18n.t("review.card.title"));
        title.getStyleClass().add("card-title");
        Label decision = new Label();
        decision.setId("dashboardDecision");
        decision.getStyleClass().add("competency-title");
        Label reviewer = new Label();
        reviewer.setId("dashboardReviewer");
        reviewer.getStyleClass().add("hint");
        Label counts = new Label();
        counts.setId("dashboardReviewCounts");
        for (Label l : new Label[] {decision, reviewer, counts}) {
            l.setWrapText(true);
        }
        decision.textProperty().bind(model.decisionProperty());
        reviewer.textProperty().bind(model.reviewerProperty());
        counts.textProperty().bind(model.countsProperty());
        visibleProperty().bind(model.reviewedProperty());
        managedProperty().bind(visibleProperty());
        getChildren().addAll(title, decision, counts, reviewer);
    }
}
