package io.ascent.ui.review;

import io.ascent.domain.review.GivenReview;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The reviewer's desk in the window: a bar (back to the plans, reviews given, open a request) over
 * the review being written, or the list of reviews given.
 */
public class ReviewDeskView extends BorderPane {

    private final ReviewDeskViewModel model;
    private final ZoneId zone;
    private final VBox list = new VBox(8);
    private final Label statusLabel = new Label();

    /** {@code status} is the window's status line, shown at the bottom as on the plan pages. */
    public ReviewDeskView(ReviewDeskViewModel model, ZoneId zone, ObservableStringValue status) {
        this.model = model;
        this.zone = zone;
        statusLabel.textProperty().bind(status);
        createView();
        initListeners();
    }

    private void createView() {
        setId("reviewDesk");
        getStyleClass().add("review-desk");
        Button back = new Button(I18n.t("review.desk.back"));
        back.setId("reviewBack");
        back.setOnAction(e -> model.close());
        Button given = new Button(I18n.t("review.desk.given"));
        given.setId("reviewsGiven");
        given.setOnAction(e -> model.showGiven());
        Button open = new Button(I18n.t("review.desk.open"));
        open.setId("reviewOpen");
        open.setOnAction(e -> model.chooseRequest());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, back, gap, given, open);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        setTop(bar);
        statusLabel.setId("reviewStatus");
        HBox statusBar = new HBox(statusLabel);
        statusBar.getStyleClass().add("status-bar");
        setBottom(statusBar);
        list.setId("reviewsGivenList");
        list.getStyleClass().add("assessment-page");
        show(model.reviewProperty().get());
    }

    private void initListeners() {
        model.reviewProperty().addListener((obs, old, review) -> {
            // A draft edit keeps the sheet; another request, or the same one just sent, builds it anew.
            if (review == null
                    || old == null
                    || !old.request().id().equals(review.request().id())
                    || old.sent() != review.sent()) {
                show(review);
            }
        });
        model.given().addListener((ListChangeListener<GivenReview>) c -> showList());
    }

    private void show(GivenReview review) {
        if (review == null) {
            showList();
        } else {
            setCenter(new ReviewSheet(model, review, zone));
        }
    }

    private void showList() {
        Label title = new Label(I18n.t("review.desk.given"));
        title.getStyleClass().add("page-title");
        list.getChildren().setAll(title);
        if (model.given().isEmpty()) {
            Label none = new Label(I18n.t("review.desk.none"));
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            list.getChildren().add(none);
        }
        int index = 0;
        for (GivenReview g : model.given()) {
            var plan = g.request().plan();
            Label who = new Label(plan.requester().map(r -> r + " · ").orElse("") + plan.name());
            who.getStyleClass().add("competency-title");
            Label state = new Label(g.sentAt()
                    .map(at -> I18n.t("review.desk.sentOn", I18n.date(LocalDate.ofInstant(at, zone))))
                    .orElse(I18n.t("review.desk.draft")));
            state.getStyleClass().add("badge");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button open = new Button(I18n.t(g.sent() ? "review.desk.view" : "review.desk.continue"));
            open.setId("reviewGiven-" + index++);
            open.setOnAction(e -> model.reopen(g));
            HBox row = new HBox(10, who, state, gap, open);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("card");
            list.getChildren().add(row);
        }
        if (getCenter() == null || !(getCenter() instanceof ScrollPane pane && pane.getContent() == list)) {
            ScrollPane scroll = new ScrollPane(list);
            scroll.setFitToWidth(true);
            setCenter(scroll);
        }
    }
}
