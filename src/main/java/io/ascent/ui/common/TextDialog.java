package io.ascent.ui.common;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for one line of text (a check-in note, a plan's new name). OK keeps the dialog open while
 * the text has a problem and says it under the field, so a refusal is read where the text was typed.
 */
final class TextDialog {

    private TextDialog() {}

    static Optional<String> ask(
            Window owner, String title, String message, String initialValue, Function<String, String> problem) {
        Dialog<String> dialog = new Dialog<>();
        DialogParts.own(dialog, owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        ButtonType ok = DialogParts.ok();
        ButtonType cancel = DialogParts.cancel();
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);

        Label prompt = new Label(message);
        prompt.setWrapText(true);
        TextField field = new TextField(initialValue);
        field.setId("textDialogInput");
        Label error = new Label();
        error.setId("textDialogError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.visibleProperty().bind(Bindings.isNotEmpty(error.textProperty()));
        error.managedProperty().bind(error.visibleProperty());
        VBox content = new VBox(8, prompt, field, error);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);

        field.textProperty().addListener((obs, old, text) -> error.setText(""));
        DialogParts.growWithContent(dialog);
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            String why = problem.apply(field.getText());
            if (!why.isEmpty()) {
                error.setText(why);
                field.requestFocus();
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ok ? field.getText() : null);
        dialog.setOnShown(e -> {
            field.requestFocus();
            field.selectAll();
        });
        return dialog.showAndWait();
    }
}
