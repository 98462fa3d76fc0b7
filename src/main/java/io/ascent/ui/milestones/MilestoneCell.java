package io.ascent.ui.milestones;

import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.text.NeedWords;
import io.ascent.text.I18n;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Draws an area or competency heading with its count, or a milestone with a checkbox that saves on click. */
final class MilestoneCell extends TreeCell<MilestoneRow> {

    /** Width of the level badge column: room for "Director of Product"; a longer name is cut, whole in the tooltip. */
    static final double BADGE_WIDTH = 124;

    /** Indent of a competency heading and the scroll bar. */
    private static final double HEADING_INSET = 84;

    /** Indent of a milestone row, its checkbox, the level badge column and the scroll bar. */
    private static final double TITLE_INSET = 139 + BADGE_WIDTH;

    private final CheckBox check = new CheckBox();
    private final Label title = new Label();
    private final Label badge = new Label();
    private final Tooltip badgeTip = new Tooltip();
    private final Tooltip headerTip = new Tooltip();
    // Inside the title, so it never widens the row past the level badge's column.
    private final Label yours = new Label(I18n.t("milestones.ownBadge"));
    private final HBox badgeColumn = new HBox(badge);
    private final HBox itemBox = new HBox(10, check, title, badgeColumn);
    private final Label headerTitle = new Label();
    private final Label headerCount = new Label();
    private final HBox headerBox = new HBox(10, headerTitle, headerCount);
    private final Label areaTitle = new Label();
    private final Label areaCount = new Label();
    private final HBox areaBox = new HBox(10, areaTitle, areaCount);
    private String milestoneId;

    MilestoneCell(Consumer<String> onToggle) {
        title.setWrapText(true);
        title.getStyleClass().add("milestone-title");
        badge.getStyleClass().add("badge");
        badge.setMinWidth(0);
        badge.setMaxWidth(BADGE_WIDTH);
        badge.setTooltip(badgeTip);
        badgeColumn.setMinWidth(BADGE_WIDTH);
        badgeColumn.setMaxWidth(BADGE_WIDTH);
        badgeColumn.setAlignment(Pos.CENTER_LEFT);
        yours.getStyleClass().addAll("badge", "own-badge");
        yours.setId("ownBadge");
        title.setContentDisplay(ContentDisplay.RIGHT);
        title.setGraphicTextGap(8);
        // Bound once, before the first layout, so a row's height is measured at its real width.
        treeViewProperty().addListener((obs, old, tree) -> {
            title.prefWidthProperty().unbind();
            title.maxWidthProperty().unbind();
            for (HBox box : List.of(headerBox, areaBox)) {
                box.prefWidthProperty().unbind();
                box.maxWidthProperty().unbind();
            }
            if (tree != null) {
                // Headings fit the list too, a long competency name cut with "..." (whole in its
                // tooltip), so the list never needs a sideways scroll bar.
                for (HBox box : List.of(headerBox, areaBox)) {
                    box.prefWidthProperty().bind(tree.widthProperty().subtract(HEADING_INSET));
                    box.maxWidthProperty().bind(box.prefWidthProperty());
                }
                title.prefWidthProperty().bind(tree.widthProperty().subtract(TITLE_INSET));
                // The cell measures its height with more width than it lays out (the indent);
                // a title that cannot grow wraps the same way in both.
                title.maxWidthProperty().bind(title.prefWidthProperty());
            }
        });
        itemBox.setAlignment(Pos.CENTER_LEFT);
        headerBox.setAlignment(Pos.CENTER_LEFT);
        headerTitle.getStyleClass().add("competency-title");
        headerTitle.setMinWidth(0);
        headerTitle.setTooltip(headerTip);
        areaTitle.setMinWidth(0);
        headerCount.setMinWidth(Region.USE_PREF_SIZE);
        areaCount.setMinWidth(Region.USE_PREF_SIZE);
        headerCount.getStyleClass().add("competency-count");
        areaBox.setAlignment(Pos.BASELINE_LEFT);
        areaTitle.getStyleClass().add("area-title");
        areaCount.getStyleClass().add("competency-count");
        check.setFocusTraversable(false);
        check.setOnAction(e -> {
            if (milestoneId != null) {
                onToggle.accept(milestoneId);
                // The box shows the row's progress: a refused tick (a reached plan) leaves it as it was.
                if (getItem() instanceof MilestoneRow.ItemRow row) {
                    check.setSelected(row.progress().isDone());
                    check.setIndeterminate(row.progress().status() == MilestoneStatus.IN_PROGRESS);
                }
            }
        });
    }

    @Override
    protected void updateItem(MilestoneRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("area-row", "competency-row", "milestone-row", "done", "in-progress");
        setText(null);
        if (empty || row == null) {
            milestoneId = null;
            setGraphic(null);
            return;
        }
        if (row instanceof MilestoneRow.AreaRow area) {
            milestoneId = null;
            getStyleClass().add("area-row");
            areaTitle.setText(area.area());
            areaCount.setText(NeedWords.of(area.readiness(), area.items()));
            setGraphic(areaBox);
        } else if (row instanceof MilestoneRow.CompetencyRow header) {
            milestoneId = null;
            getStyleClass().add("competency-row");
            headerTitle.setText(header.competency().title());
            headerTip.setText(header.competency().title());
            headerCount.setText(NeedWords.of(header.readiness(), header.items()));
            setGraphic(headerBox);
        } else if (row instanceof MilestoneRow.ItemRow item) {
            milestoneId = item.milestone().id();
            getStyleClass().add("milestone-row");
            if (item.progress().isDone()) {
                getStyleClass().add("done");
            } else if (item.progress().status() == MilestoneStatus.IN_PROGRESS) {
                getStyleClass().add("in-progress");
            }
            check.setId("check-" + milestoneId.replaceAll("[^A-Za-z0-9_-]", "_"));
            check.setSelected(item.progress().isDone());
            title.setText(item.milestone().title());
            // An expectation item looks like a milestone, with a marker for what it stands for
            // (its title names the level).
            badge.setText(
                    item.milestone().isImplicit()
                            ? I18n.t("milestones.expectationBadge")
                            : item.level() == null ? "" : item.level().shortTitle());
            badge.setVisible(item.milestone().isImplicit() || item.level() != null);
            badgeTip.setText(
                    item.level() == null ? badge.getText() : item.level().title());
            badge.setAccessibleText(badgeTip.getText());
            title.setGraphic(item.milestone().isOwn() ? yours : null);
            // In progress shows as a half-ticked box: one glance, no extra column.
            check.setIndeterminate(item.progress().status() == MilestoneStatus.IN_PROGRESS);
            setGraphic(itemBox);
        }
    }
}
