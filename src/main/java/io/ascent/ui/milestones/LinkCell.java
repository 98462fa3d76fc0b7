package io.ascent.ui.milestones;

import io.ascent.text.I18n;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A link of a milestone: click it (or press Enter on it in the list) to open it; a button removes it. */
final class LinkCell extends ListCell<String> {

    private final Hyperlink text = new Hyperlink();
    private final Tooltip tooltip = new Tooltip();
    private final Button remove = new Button(I18n.t("details.removeLink"));
    private final HBox box = new HBox(8, text, remove);

    LinkCell(Consumer<String> onOpen, Consumer<String> onRemove) {
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        remove.setMinWidth(Button.USE_PREF_SIZE);
        // Cells as wide as the list, so a long link is cut short instead of scrolling sideways.
        setPrefWidth(0);
        text.getStyleClass().add("link-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        remove.getStyleClass().add("link-remove");
        box.setAlignment(Pos.CENTER_LEFT);
        // The list cell holds the keyboard focus; the link itself is reached with Enter.
        text.setFocusTraversable(false);
        text.setOnAction(e -> {
            if (getItem() != null) {
                onOpen.accept(getItem());
            }
        });
        remove.setOnAction(e -> {
            if (getItem() != null) {
                onRemove.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(String link, boolean empty) {
        super.updateItem(link, empty);
        setText(null);
        setGraphic(empty || link == null ? null : box);
        text.setText(link);
        tooltip.setText(link == null ? "" : I18n.t("details.openLink", link));
        text.setTooltip(empty || link == null ? null : tooltip);
        text.setId(empty || link == null ? null : "openLink-" + getIndex());
        remove.setId(empty || link == null ? null : "removeLink-" + getIndex());
    }
}
