package io.ascent.ui.assessment;

import io.ascent.text.I18n;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The self-assessment: one card per competency of the plan, each saving as soon as it changes. */
public class AssessmentView extends ScrollPane {

    private final AssessmentViewModel model;
    private final VBox cards = new VBox(12);
    private final Label summary = new Label();
    private final Label reviewSummary = new Label();

    public AssessmentView(AssessmentViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    static String safeId(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private void createView() {
        getStyleClass().add("assessment-view");
        setId("assessmentView");
        setFitToWidth(true);
        Label title = new Label(I18n.t("assessment.title"));
        title.getStyleClass().add("page-title");
        summary.setId("assessmentSummary");
        summary.getStyleClass().add("hint");
        summary.setWrapText(true);
        reviewSummary.setId("assessmentReview");
        reviewSummary.getStyleClass().add("review-summary");
        reviewSummary.setWrapText(true);
        VBox page = new VBox(12, title, summary, reviewSummary, cards);
        page.getStyleClass().add("assessment-page");
        setContent(page);
    }

    private void initListeners() {
        summary.textProperty().bind(model.summaryProperty());
        cards.disableProperty().bind(model.lockedProperty());
        reviewSummary.textProperty().bind(model.reviewSummaryProperty());
        reviewSummary.visibleProperty().bind(model.reviewSummaryProperty().isNotEmpty());
        reviewSummary.managedProperty().bind(reviewSummary.visibleProperty());
        model.competencies().addListener((ListChangeListener<Object>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        cards.getChildren()
                .setAll(model.competencies().stream()
                        .map(c -> new CompetencyCard(model, c, model.levels()))
                        .toList());
    }
}
