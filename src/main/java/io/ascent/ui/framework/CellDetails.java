package io.ascent.ui.framework;

import io.ascent.domain.Milestone;
import io.ascent.text.I18n;
import io.ascent.ui.framework.FrameworkViewModel.Cell;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The bottom pane: what the selected cell expects, and beside it the milestones that prove it. */
final class CellDetails extends ScrollPane {

    static final double SUMMARY_WIDTH = 300;

    private final HBox content = new HBox(28);
    private final VBox milestoneList = new VBox(10);

    CellDetails() {
        setId("cellDetails");
        getStyleClass().add("cell-details");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        milestoneList.setId("cellMilestones");
        content.getStyleClass().add("cell-details-content");
        setContent(content);
        show(null, List.of(), 0);
    }

    /** {@code needed}: how many of the {@code milestones} demonstrate the cell ("any 2 of these 3"). */
    void show(Cell cell, List<Milestone> milestones, int needed) {
        if (cell == null) {
            Label hint = wrapped(I18n.t("framework.details.hint"), "empty-state");
            hint.setId("cellDetailsHint");
            content.getChildren().setAll(hint);
            return;
        }
        Label title = wrapped(cell.competency().title(), "cell-details-title");
        title.setId("cellDetailsTitle");
        Label level = wrapped(cell.level().title(), "badge");
        level.setMaxWidth(Region.USE_PREF_SIZE);
        Label expectation = wrapped(cell.competency().expectationAt(cell.level().id()), "cell-details-expectation");
        Label heading = wrapped(
                milestones.isEmpty()
                        ? I18n.t("framework.details.none")
                        : needed < milestones.size()
                                ? I18n.t("framework.details.needed", needed, milestones.size())
                                : I18n.t("framework.details.count", milestones.size()),
                "field-label");
        milestoneList.getChildren().clear();
        for (Milestone m : milestones) {
            Label name = wrapped(m.title(), "cell-milestone-title");
            VBox item = new VBox(2, name);
            if (!m.description().isEmpty()) {
                item.getChildren().add(wrapped(m.description(), "cell-milestone-description"));
            }
            item.getStyleClass().add("cell-milestone");
            milestoneList.getChildren().add(item);
        }
        VBox summary = new VBox(8, title, level, expectation);
        summary.setMinWidth(SUMMARY_WIDTH);
        summary.setMaxWidth(SUMMARY_WIDTH);
        VBox proofs = new VBox(8, heading, milestoneList);
        HBox.setHgrow(proofs, Priority.ALWAYS);
        content.getChildren().setAll(summary, proofs);
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
