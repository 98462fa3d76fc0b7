package io.ascent.ui.dashboard;

import io.ascent.text.I18n;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A plan's landing page: readiness, pace, what is upcoming, the radar with its summary, gaps, next
 * steps, activity.
 */
public class DashboardView extends ScrollPane {

    private final DashboardViewModel model;
    private final Label percent = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label detail = new Label();
    private final Label estimate = new Label();
    private final Label pace = new Label();
    private final Label projection = new Label();
    private final RadarChart radar = new RadarChart();
    private final Label radarEmpty = new Label(I18n.t("dashboard.radar.empty"));
    private final Label radarSummary = new Label();
    private final VBox gaps = new VBox(6);
    private final VBox steps = new VBox(10);
    private final VBox activity = new VBox(6);

    private final Node[] extraCards;

    public DashboardView(DashboardViewModel model) {
        this(model, new Node[0]);
    }

    /** {@code extraCards} join the top row after readiness and pace (the manager review's card). */
    public DashboardView(DashboardViewModel model, Node... extraCards) {
        this.model = model;
        this.extraCards = extraCards;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("dashboard-view");
        setFitToWidth(true);
        percent.setId("dashboardPercent");
        percent.getStyleClass().add("big-figure");
        bar.setId("dashboardBar");
        bar.setMaxWidth(Double.MAX_VALUE);
        detail.setId("dashboardReadiness");
        estimate.setId("dashboardEstimate");
        pace.setId("dashboardPace");
        projection.setId("dashboardProjection");
        radar.setId("radarChart");
        radarEmpty.setId("radarEmpty");
        radarSummary.setId("radarSummary");
        gaps.setId("dashboardGaps");
        steps.setId("dashboardNextSteps");
        activity.setId("dashboardActivity");
        for (Label l : List.of(detail, estimate, pace, projection, radarEmpty, radarSummary)) {
            l.setWrapText(true);
        }
        radarEmpty.getStyleClass().add("empty-state");
        radarSummary.getStyleClass().add("hint");

        VBox readinessCard = card(I18n.t("dashboard.readiness"), percent, bar, detail, estimate);
        VBox paceCard = card(I18n.t("dashboard.pace"), pace, projection);
        HBox top = row(readinessCard, paceCard);
        for (Node extra : extraCards) {
            if (extra instanceof VBox card) {
                top.getChildren().add(card);
                HBox.setHgrow(card, Priority.ALWAYS);
                card.setMaxWidth(Double.MAX_VALUE);
                card.setPrefWidth(100);
            }
        }

        // What to do next comes right after where the plan stands, above the fold at 1120x760.
        VBox stepsCard = card(I18n.t("dashboard.nextSteps"), steps);
        VBox gapsCard = card(I18n.t("dashboard.gaps"), gaps);
        HBox middle = row(stepsCard, gapsCard);
        stepsCard.setPrefWidth(140);

        StackPane radarBox = new StackPane(radar, radarEmpty);
        VBox radarCard = card(I18n.t("dashboard.radar"), radarBox, legend(), radarSummary);
        radarCard.setMinWidth(360);
        VBox activityCard = card(I18n.t("dashboard.activity"), activity);
        HBox bottom = row(radarCard, activityCard);
        radarCard.setPrefWidth(160);
        VBox page = new VBox(16, top, middle, bottom);
        page.getStyleClass().add("dashboard-page");
        setContent(page);
    }

    private static Node legend() {
        Label current = new Label(I18n.t("dashboard.legend.current"));
        current.getStyleClass().addAll("legend", "legend-current");
        Label target = new Label(I18n.t("dashboard.legend.target"));
        target.getStyleClass().addAll("legend", "legend-target");
        HBox box = new HBox(16, current, target);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static VBox card(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        VBox card = new VBox(8, heading);
        card.getChildren().addAll(content);
        card.getStyleClass().add("card");
        return card;
    }

    private static HBox row(VBox... cards) {
        HBox row = new HBox(16, cards);
        for (VBox c : cards) {
            HBox.setHgrow(c, Priority.ALWAYS);
            c.setMaxWidth(Double.MAX_VALUE);
            c.setPrefWidth(100);
        }
        return row;
    }

    private void initListeners() {
        percent.textProperty().bind(model.readinessPercentProperty());
        bar.progressProperty().bind(model.readinessFractionProperty());
        detail.textProperty().bind(model.readinessDetailProperty());
        estimate.textProperty().bind(model.estimateProperty());
        pace.textProperty().bind(model.paceProperty());
        projection.textProperty().bind(model.projectionProperty());
        radarSummary.textProperty().bind(model.radarSummaryProperty());
        radar.accessibleTextProperty().bind(model.radarSummaryProperty());
        radar.visibleProperty().bind(model.ratedProperty());
        radarEmpty.visibleProperty().bind(model.ratedProperty().not());
        radarSummary.visibleProperty().bind(model.ratedProperty());
        model.radarAxesProperty().addListener((obs, old, axes) -> redraw());
        model.radarStepsProperty().addListener((obs, old, steps) -> redraw());
        redraw();
        bindLines(model.gaps(), gaps, this::gapNode, I18n.t("dashboard.gaps.none"));
        bindLines(model.nextSteps(), steps, this::stepNode, I18n.t("dashboard.nextSteps.none"));
        bindLines(model.activity(), activity, Label::new, I18n.t("dashboard.activity.none"));
    }

    private void redraw() {
        radar.setData(
                model.radarAxesProperty().get(), model.radarStepsProperty().get());
    }

    /** A next step: opens its milestone on the Milestones page (click, or Tab to it and Enter). */
    private Node stepNode(DashboardViewModel.StepRow row) {
        Label title = new Label(row.title());
        title.getStyleClass().add("step-title");
        Label detail = new Label(row.detail());
        detail.getStyleClass().add("hint");
        Label reason = new Label(row.reason());
        reason.getStyleClass().add("step-reason");
        return linkRow(new VBox(2, title, reason, detail), row.title(), () -> model.open(row));
    }

    /** A gap: opens the milestones of its competency. */
    private Node gapNode(DashboardViewModel.GapRow row) {
        return linkRow(new VBox(new Label(row.text())), row.text(), () -> model.open(row));
    }

    /**
     * A row that acts as a button: the mouse, or Tab then Enter or Space. A plain box rather than
     * a Button, whose graphic would not wrap its text to the card's width.
     */
    private static Node linkRow(VBox row, String accessibleText, Runnable action) {
        for (Node n : row.getChildren()) {
            if (n instanceof Label l) {
                l.setWrapText(true);
                l.setMinHeight(Label.USE_PREF_SIZE);
            }
        }
        row.getStyleClass().add("link-row");
        row.setFocusTraversable(true);
        row.setAccessibleRole(AccessibleRole.BUTTON);
        row.setAccessibleText(accessibleText);
        row.setOnMouseClicked(e -> action.run());
        row.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                action.run();
                e.consume();
            }
        });
        return row;
    }

    private static <T> void bindLines(ObservableList<T> items, VBox box, Function<T, Node> toNode, String empty) {
        Runnable fill = () -> {
            if (items.isEmpty()) {
                Label label = new Label(empty);
                label.setWrapText(true);
                label.getStyleClass().add("hint");
                box.getChildren().setAll(label);
            } else {
                box.getChildren()
                        .setAll(items.stream()
                                .map(item -> {
                                    Node node = toNode.apply(item);
                                    if (node instanceof Label label) {
                                        label.setWrapText(true);
                                    }
                                    return node;
                                })
                                .toList());
            }
        };
        items.addListener((ListChangeListener<T>) c -> fill.run());
        fill.run();
    }
}
