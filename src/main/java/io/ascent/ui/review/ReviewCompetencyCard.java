package io.ascent.ui.review;

import io.ascent.domain.Level;
import io.ascent.domain.review.GivenReview;
import io.ascent.domain.review.ManagerRating;
import io.ascent.domain.review.RequestedCompetency;
import io.ascent.domain.review.ReviewRequest;
import io.ascent.text.I18n;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One competency of a review request for the reviewer: what the ladder expects at each level the
 * plan spans, the person's own rating (unless the request is blind), a button per level to rate
 * it, a comment, and the evidence shown for it.
 */
final class ReviewCompetencyCard extends VBox {

    private final ReviewDeskViewModel model;
    private final ReviewRequest request;
    private final RequestedCompetency competency;
    private final boolean readOnly;
    private final ToggleGroup levels = new ToggleGroup();
    private final TextArea comment = new TextArea();
    private final Hyperlink clear = new Hyperlink(I18n.t("review.clearRating"));
    private boolean updating;
    // Held here so the weak listener lives exactly as long as the card.
    private final ChangeListener<GivenReview> reviewListener = (obs, old, review) -> {
        if (review != null) {
            show(review.draft().rating(competency().id()));
        }
    };

    ReviewCompetencyCard(ReviewDeskViewModel model, GivenReview review, RequestedCompetency competency) {
        this.model = model;
        this.request = review.request();
        this.competency = competency;
        this.readOnly = review.sent();
        createView();
        initListeners();
        show(review.draft().rating(competency.id()));
    }

    private RequestedCompetency competency() {
        return competency;
    }

    private void createView() {
        getStyleClass().addAll("card", "competency-card", "review-card");
        setSpacing(8);
        String key = ReviewIds.safe(competency.id());
        setId("review-" + key);
        Label title = new Label(competency.title());
        title.getStyleClass().add("competency-title");
        Label area = new Label(competency.area());
        area.getStyleClass().add("badge");
        HBox heading = new HBox(10, title, area);
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox expectations = new VBox(4);
        expectations.getStyleClass().add("expectations");
        competency.expectations().forEach((levelId, text) -> {
            String levelTitle = request.level(levelId).map(Level::title).orElse(levelId);
            Label line = new Label(I18n.t("assessment.expectation", levelTitle, text));
            line.setWrapText(true);
            line.getStyleClass()
                    .add(levelId.equals(request.plan().targetLevelId()) ? "expectation-chosen" : "expectation");
            expectations.getChildren().add(line);
        });
        getChildren().addAll(heading, expectations, selfRating());
        HBox buttons = new HBox(4);
        buttons.getStyleClass().add("level-picker");
        for (Level level : request.levels()) {
            ToggleButton b = new ToggleButton(level.title());
            b.setId("review-rate-" + key + "-" + ReviewIds.safe(level.id()));
            b.setUserData(level);
            b.setToggleGroup(levels);
            b.setDisable(readOnly);
            buttons.getChildren().add(b);
        }
        clear.setId("review-clear-" + key);
        clear.setVisible(false);
        buttons.getChildren().add(clear);
        Label rateLabel = new Label(I18n.t("review.yourRating"));
        rateLabel.getStyleClass().add("field-label");
        comment.setId("review-comment-" + key);
        comment.setPromptText(I18n.t("review.comment.prompt"));
        comment.setWrapText(true);
        comment.setPrefRowCount(2);
        comment.setEditable(!readOnly);
        getChildren().addAll(rateLabel, buttons, comment);
        request.evidence().stream()
                .filter(e -> e.competencyId().equals(competency.id()))
                .map(e -> new EvidenceRow(model, request, e, readOnly))
                .forEach(getChildren()::add);
    }

    /** "Their rating: Product Manager", with the justification; a hint when blind or unrated. */
    private Label selfRating() {
        String name = request.plan().requester().orElse(I18n.t("review.theirName"));
        String text = request.blind()
                ? I18n.t("review.self.blind", name)
                : competency
                        .selfRating()
                        .map(r -> {
                            String level =
                                    request.level(r.levelId()).map(Level::title).orElse(r.levelId());
                            return r.justification().isEmpty()
                                    ? I18n.t("review.self.rated", name, level)
                                    : I18n.t("review.self.justified", name, level, r.justification());
                        })
                        .orElseGet(() -> I18n.t(
                                "review.self.unrated",
                                name,
                                request.level(request.plan().currentLevelId())
                                        .map(Level::title)
                                        .orElse("")));
        Label label = new Label(text);
        label.setId("review-self-" + ReviewIds.safe(competency.id()));
        label.getStyleClass().add("review-self");
        label.setWrapText(true);
        return label;
    }

    private void initListeners() {
        levels.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (updating) {
                return;
            }
            if (toggle == null) {
                // A second click on the chosen level keeps it: clearing is the link's job.
                levels.selectToggle(old);
                return;
            }
            model.rate(competency.id(), Optional.of(((Level) toggle.getUserData()).id()));
        });
        clear.setOnAction(e -> model.rate(competency.id(), Optional.empty()));
        comment.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !readOnly) {
                model.comment(competency.id(), comment.getText());
            }
        });
        model.reviewProperty().addListener(new WeakChangeListener<>(reviewListener));
    }

    private void show(Optional<ManagerRating> rating) {
        updating = true;
        try {
            Optional<String> level = rating.flatMap(ManagerRating::levelId);
            levels.getToggles().stream()
                    .filter(t ->
                            level.filter(((Level) t.getUserData()).id()::equals).isPresent())
                    .findFirst()
                    .ifPresentOrElse(levels::selectToggle, () -> levels.selectToggle(null));
            clear.setVisible(level.isPresent() && !readOnly);
            if (!comment.isFocused()) {
                comment.setText(rating.map(ManagerRating::comment).orElse(""));
            }
        } finally {
            updating = false;
        }
    }
}
