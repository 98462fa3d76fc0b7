package io.ascent.ui.review;

import io.ascent.domain.Level;
import io.ascent.domain.review.GivenReview;
import io.ascent.domain.review.ReviewRequest;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * One review request as the reviewer answers it: who asks and for what, each competency with its
 * expectations, the person's rating and evidence, and the closing (summary, decision, signing).
 * Read-only once sent.
 */
final class ReviewSheet extends ScrollPane {

    ReviewSheet(ReviewDeskViewModel model, GivenReview review, ZoneId zone) {
        ReviewRequest request = review.request();
        setId("reviewSheet");
        setFitToWidth(true);
        getStyleClass().add("assessment-view");
        Label title = new Label(I18n.t("review.sheet.title", request.plan().name()));
        title.setId("reviewTitle");
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        String current =
                request.level(request.plan().currentLevelId()).map(Level::title).orElse("");
        String target =
                request.level(request.plan().targetLevelId()).map(Level::title).orElse("");
        String asked = I18n.date(LocalDate.ofInstant(request.createdAt(), zone));
        String specialization = request.plan().specializationTitle();
        Label route = new Label(request.plan()
                .requester()
                .map(name -> I18n.t("review.sheet.route", name, current, target, specialization, asked))
                .orElseGet(() -> I18n.t("review.sheet.routeAnonymous", current, target, specialization, asked)));
        route.getStyleClass().add("intro");
        route.setWrapText(true);
        VBox page = new VBox(12, title, route);
        page.getStyleClass().add("assessment-page");
        if (review.sent()) {
            Label sent = new Label(I18n.t(
                    "review.sheet.sent",
                    I18n.date(LocalDate.ofInstant(review.sentAt().orElseThrow(), zone))));
            sent.setId("reviewSentNote");
            sent.getStyleClass().add("plan-message");
            sent.setWrapText(true);
            page.getChildren().add(sent);
        } else {
            Label how = new Label(I18n.t(request.blind() ? "review.sheet.howBlind" : "review.sheet.how"));
            how.getStyleClass().add("hint");
            how.setWrapText(true);
            page.getChildren().add(how);
        }
        request.competencies().forEach(c -> page.getChildren().add(new ReviewCompetencyCard(model, review, c)));
        page.getChildren().add(new ReviewClosing(model, review));
        setContent(page);
    }
}
