package io.ascent.ui.common;

import io.ascent.text.I18n;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Shown under a text field whose typed text met a change saved elsewhere ({@link GuardedText}):
 * the saved version, and the two ways out. Hidden when there is nothing to choose.
 */
public final class ConflictBox extends VBox {

    public static final String STYLE = "conflict-box";

    /** {@code id} prefixes the ids of the box and its parts, e.g. "evidence": "evidenceConflict". */
    public ConflictBox(String id, ReadOnlyObjectProperty<String> theirs, Runnable keepMine, Runnable takeTheirs) {
        setId(id + "Conflict");
        getStyleClass().add(STYLE);
        setSpacing(6);
        Label heading = new Label(I18n.t("conflict.savedElsewhere"));
        heading.setWrapText(true);
        heading.getStyleClass().add("conflict-heading");
        Label saved = new Label();
        saved.setId(id + "Theirs");
        saved.setWrapText(true);
        saved.getStyleClass().add("conflict-theirs");
        saved.textProperty().bind(theirs);
        Button keep = new Button(I18n.t("conflict.keepMine"));
        keep.setId(id + "KeepMine");
        keep.setOnAction(e -> keepMine.run());
        Button take = new Button(I18n.t("conflict.takeTheirs"));
        take.setId(id + "TakeTheirs");
        take.setOnAction(e -> takeTheirs.run());
        for (Label l : new Label[] {heading, saved}) {
            l.setMinHeight(Label.USE_PREF_SIZE);
        }
        getChildren().addAll(heading, saved, new HBox(8, keep, take));
        visibleProperty().bind(theirs.isNotNull());
        managedProperty().bind(visibleProperty());
    }
}
