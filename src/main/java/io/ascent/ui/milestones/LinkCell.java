package io.ascent.ui.milestones;

import io.ascent.domain.text.I18n;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A link of a milestone with a button to remove it. */
final class LinkCell extends ListCell<String> {

    private final Label text = new Label();
    private final Button remove = new Button(I18n.t("details.removeLink"));
    private final HBox box = new HBox(8, text, remove);

    LinkCell(Consumer<String> onRemove) {
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        remove.setMinWidth(Button.USE_PREF_SIZE);
        // Cells as wide as the list, so a long link is cut short instead of scrolling sideways.
        setPrefWidth(0);
        text.getStyleClass().add("link-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        remove.getStyleClass().add("link-remove");
        box.setAlignment(Pos.CENTER_LEFT);
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
        remove.setId(empty || link == null ? null : "removeLink-" + getIndex());
    }
}
