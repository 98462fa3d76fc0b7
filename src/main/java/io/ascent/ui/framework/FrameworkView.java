package io.ascent.ui.framework;

import io.ascent.domain.Framework;
import io.ascent.text.I18n;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Framework page: the ladder as a matrix of competencies by levels, a specialization filter,
 * the milestones of the selected cell at the side, and "Import framework...".
 */
public class FrameworkView extends BorderPane {

    private final FrameworkViewModel model;
    private final ComboBox<Framework> frameworkChooser = new ComboBox<>();
    private final ComboBox<SpecializationFilter> filterChooser = new ComboBox<>();
    private final Button importButton = new Button(I18n.t("framework.import"));
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label message = new Label();
    private final MatrixGrid grid = new MatrixGrid();
    private final CellDetails details = new CellDetails();

    public FrameworkView(FrameworkViewModel model) {
        this.model = model;
        createView();
        initListeners();
        model.load();
    }

    private void createView() {
        getStyleClass().add("framework-view");
        frameworkChooser.setId("frameworkChooser");
        frameworkChooser.setItems(model.frameworks());
        frameworkChooser.setCellFactory(list -> new FrameworkCell(true));
        frameworkChooser.setButtonCell(new FrameworkCell(false));
        frameworkChooser.setPrefWidth(300);
        filterChooser.setPrefWidth(210);
        filterChooser.setId("specializationFilter");
        filterChooser.setItems(model.filters());
        importButton.setId("importFrameworkButton");
        progress.setId("importProgress");
        progress.setMaxSize(22, 22);
        message.setId("frameworkMessage");
        message.setWrapText(true);
        message.getStyleClass().add("framework-message");
        // The two choosers wrap onto a second row in a narrow window; Import stays on the right.
        FlowPane choosers = new FlowPane(
                16,
                6,
                labelled(I18n.t("framework.ladder"), frameworkChooser),
                labelled(I18n.t("framework.show"), filterChooser));
        choosers.setPrefWrapLength(700);
        choosers.setMinWidth(0);
        HBox.setHgrow(choosers, Priority.ALWAYS);
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox toolbar = new HBox(10, choosers, progress, importButton);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, toolbar, message);
        top.getStyleClass().add("framework-toolbar");
        setTop(top);
        ScrollPane scroller = new ScrollPane(grid);
        scroller.setId("frameworkMatrixScroll");
        scroller.getStyleClass().add("framework-matrix-scroll");
        scroller.setFitToWidth(true);
        SplitPane split = new SplitPane(scroller, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(details, false);
        setCenter(split);
    }

    private void initListeners() {
        frameworkChooser.valueProperty().bindBidirectional(model.frameworkProperty());
        filterChooser.valueProperty().bindBidirectional(model.filterProperty());
        importButton.setOnAction(e -> model.importFramework());
        importButton.disableProperty().bind(model.busyProperty());
        progress.visibleProperty().bind(model.busyProperty());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        model.messageIsErrorProperty().addListener((obs, old, error) -> {
            message.getStyleClass().remove("error");
            if (error) {
                message.getStyleClass().add("error");
            }
        });
        model.competencies().addListener((ListChangeListener<Object>) c -> redraw());
        model.selectedProperty().addListener((obs, old, cell) -> {
            grid.highlight(cell);
            details.show(
                    cell,
                    model.cellMilestones(),
                    cell == null ? 0 : model.neededCount(cell.competency(), cell.level()));
        });
        redraw();
    }

    private void redraw() {
        grid.show(model.frameworkProperty().get(), model.competencies(), model::cellCount, model::select);
        grid.highlight(model.selectedProperty().get());
    }

    private static HBox labelled(String text, Node control) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox pair = new HBox(10, label, control);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private static final class FrameworkCell extends ListCell<Framework> {
        private final boolean withVersion;

        FrameworkCell(boolean withVersion) {
            this.withVersion = withVersion;
        }

        @Override
        protected void updateItem(Framework framework, boolean empty) {
            super.updateItem(framework, empty);
            setText(
                    empty || framework == null
                            ? null
                            : withVersion
                                    ? I18n.t("framework.version", framework.name(), framework.version())
                                    : framework.name());
        }
    }
}
