package io.ascent.ui.common;

import io.ascent.text.I18n;
import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** A passphrase typed without showing it, twice for a new one (OK stays off until both match). */
final class PassphraseDialog {

    private PassphraseDialog() {}

    static Optional<char[]> ask(Window owner, String title, String message, boolean twice) {
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogParts.own(dialog, owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType okType = DialogParts.ok();
        dialog.getDialogPane().getButtonTypes().addAll(okType, DialogParts.cancel());
        PasswordField first = new PasswordField();
        first.setId("passphrase");
        PasswordField again = new PasswordField();
        again.setId("passphraseAgain");
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(440);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        grid.add(text, 0, 0, 2, 1);
        grid.addRow(1, new Label(I18n.t("review.passphrase")), first);
        if (twice) {
            grid.addRow(2, new Label(I18n.t("review.passphrase.again")), again);
        }
        dialog.getDialogPane().setContent(grid);
        var ok = dialog.getDialogPane().lookupButton(okType);
        ok.disableProperty()
                .bind(first.textProperty()
                        .isEmpty()
                        .or(
                                twice
                                        ? first.textProperty().isNotEqualTo(again.textProperty())
                                        : first.textProperty().isEmpty()));
        dialog.setOnShown(e -> first.requestFocus());
        Optional<char[]> result = dialog.showAndWait()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> first.getText().toCharArray());
        first.clear();
        again.clear();
        return result.map(chars -> Arrays.copyOf(chars, chars.length));
    }
}
