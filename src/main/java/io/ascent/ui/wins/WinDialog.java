package io.ascent.ui.wins;

import io.ascent.domain.Win;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogParts;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The small window a win is logged or edited in (Ctrl+Shift+W from anywhere). Saving is refused
 * while the form has a problem; the problem shows under the form and the dialog stays open.
 */
public final class WinDialog implements WinEditor {

    private final Window owner;

    public WinDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Win> edit(WinFormModel form) {
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogParts.own(dialog, owner);
        dialog.setTitle(I18n.t(form.isNew() ? "win.form.newTitle" : "win.form.editTitle"));
        dialog.setResizable(true);
        ButtonType save = new ButtonType(I18n.t("win.form.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, DialogParts.cancel());
        dialog.getDialogPane().lookupButton(save).setId("winSave");
        WinFormView view = new WinFormView(form);
        dialog.getDialogPane().setContent(view);
        DialogParts.growWithContent(dialog);
        Win[] saved = new Win[1];
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            Optional<Win> win = form.toWin();
            if (win.isEmpty()) {
                e.consume();
            } else {
                saved[0] = win.get();
            }
        });
        Platform.runLater(view::focusTitle);
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.filter(b -> b == save).map(b -> saved[0]);
    }
}
