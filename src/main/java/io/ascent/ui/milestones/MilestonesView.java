package io.ascent.ui.milestones;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The plan's milestones grouped by competency; click a box or press Space to tick. */
public class MilestonesView extends BorderPane {

    private final MilestonesViewModel model;
    private final TreeView<MilestoneRow> tree = new TreeView<>();

    public MilestonesView(MilestonesViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("milestones-view");
        tree.setId("milestoneTree");
        tree.setRoot(model.root());
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new MilestoneCell(model::toggle));
        Label empty = new Label("This plan has no milestones between its current and target level.");
        empty.getStyleClass().add("empty-state");
        empty.setId("milestonesEmpty");
        empty.setWrapText(true);
        empty.visibleProperty().bind(Bindings.isEmpty(model.root().getChildren()));
        tree.visibleProperty().bind(empty.visibleProperty().not());
        setCenter(new StackPane(tree, empty));
    }

    private void initListeners() {
        tree.setOnKeyPressed(e -> {
            var selected = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && selected != null
                    && selected.getValue() instanceof MilestoneRow.ItemRow row) {
                model.toggle(row.milestone().id());
                e.consume();
            }
        });
    }
}
