package io.ascent.ui.review;

import io.ascent.domain.review.Decision;
import io.ascent.domain.review.GivenReview;
import io.ascent.text.I18n;
import io.ascent.ui.common.DateField;
import io.ascent.ui.common.FormFields;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The end of a review: the summary, the decision, the name it is signed with, and "Sign and save...". */
final class ReviewClosing extends VBox {

    private final ReviewDeskViewModel model;
    private final boolean readOnly;
    private final TextArea summary = new TextArea();
    private final ToggleGroup decisions = new ToggleGroup();
    private final ToggleButton ready = new ToggleButton(I18n.t("review.decision.READY"));
    private final ToggleButton readyBy = new ToggleButton(I18n.t("review.decision.readyByChoice"));
    private final ToggleButton notYet = new ToggleButton(I18n.t("review.decision.NOT_YET"));
    private final DateField date = new DateField();
    private final TextField name = new TextField();
    private boolean updating;
    private final ChangeListener<GivenReview> reviewListener = (obs, old, review) -> {
        if (review != null) {
            show(review);
        }
    };

    ReviewClosing(ReviewDeskViewModel model, GivenReview review) {
        this.model = model;
        this.readOnly = review.sent();
        createView();
        initListeners();
        show(review);
    }

    private void createView() {
        getStyleClass().addAll("card", "review-closing");
        setSpacing(8);
        Label summaryLabel = new Label(I18n.t("review.label.summary"));
        summaryLabel.getStyleClass().add("card-title");
        summary.setId("reviewSummary");
        summary.setWrapText(true);
        summary.setPrefRowCount(4);
        summary.setPromptText(I18n.t("review.summary.prompt"));
        summary.setEditable(!readOnly);
        Label decisionLabel = new Label(I18n.t("review.label.decision"));
        decisionLabel.getStyleClass().add("card-title");
        ready.setId("decisionReady");
        readyBy.setId("decisionReadyBy");
        notYet.setId("decisionNotYet");
        date.setId("decisionDate");
        for (ToggleButton b : new ToggleButton[] {ready, readyBy, notYet}) {
            b.setToggleGroup(decisions);
            b.setDisable(readOnly);
        }
        date.setDisable(true);
        HBox choices = new HBox(6, ready, readyBy, date, notYet);
        choices.setAlignment(Pos.CENTER_LEFT);
        choices.getStyleClass().add("level-picker");
        getChildren()
                .addAll(
                        summaryLabel,
                        summary,
                        decisionLabel,
                        choices,
                        FormFields.error("decisionDateError", date.problemProperty()));
        if (readOnly) {
            Button again = new Button(I18n.t("review.saveAgain"));
            again.setId("reviewSaveAgain");
            again.setOnAction(e -> model.saveAgain());
            getChildren().add(again);
            return;
        }
        Label nameLabel = new Label(I18n.t("review.signAs"));
        nameLabel.getStyleClass().add("field-label");
        name.setId("reviewerName");
        name.setPromptText(I18n.t("review.signAs.prompt"));
        name.textProperty().bindBidirectional(model.reviewerNameProperty());
        Button send = new Button(I18n.t("review.send"));
        send.setId("reviewSend");
        send.getStyleClass().add("accent");
        send.setDefaultButton(false);
        send.disableProperty().bind(name.textProperty().isEmpty().or(model.busyProperty()));
        send.setOnAction(e -> {
            // The summary may still have the focus: take its text before signing.
            model.summary(summary.getText());
            model.send();
        });
        Label hint = new Label(I18n.t("review.send.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox signing = new HBox(8, nameLabel, name, send);
        signing.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(signing, hint);
    }

    private void initListeners() {
        summary.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !readOnly) {
                model.summary(summary.getText());
            }
        });
        decisions.selectedToggleProperty().addListener((obs, old, toggle) -> {
            date.setDisable(readOnly || toggle != readyBy);
            if (!updating) {
                decide();
            }
        });
        date.valueProperty().addListener((obs, old, value) -> {
            if (!updating && decisions.getSelectedToggle() == readyBy) {
                decide();
            }
        });
        model.reviewProperty().addListener(new WeakChangeListener<>(reviewListener));
    }

    private void decide() {
        var toggle = decisions.getSelectedToggle();
        if (toggle == ready) {
            model.decision(Optional.of(Decision.ready()));
        } else if (toggle == notYet) {
            model.decision(Optional.of(Decision.notYet()));
        } else if (toggle == readyBy) {
            LocalDate chosen = date.getValue();
            // "Ready by" without a date yet is kept on screen only; it is saved once the date is chosen.
            if (chosen != null) {
                model.decision(Optional.of(Decision.readyBy(chosen)));
            }
        } else {
            model.decision(Optional.empty());
        }
    }

    private void show(GivenReview review) {
        updating = true;
        try {
            if (!summary.isFocused()) {
                summary.setText(review.draft().summary());
            }
            Optional<Decision> decision = review.draft().decision();
            decision.ifPresentOrElse(
                    d -> {
                        decisions.selectToggle(
                                switch (d.outcome()) {
                                    case READY -> ready;
                                    case READY_BY -> readyBy;
                                    case NOT_YET -> notYet;
                                });
                        date.setValue(d.readyBy().orElse(null));
                    },
                    () -> {
                        if (decisions.getSelectedToggle() != readyBy) {
                            decisions.selectToggle(null);
                        }
                    });
            date.setDisable(readOnly || decisions.getSelectedToggle() != readyBy);
        } finally {
            updating = false;
        }
    }
}
