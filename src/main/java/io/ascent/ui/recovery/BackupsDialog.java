package io.ascent.ui.recovery;

import io.ascent.text.I18n;
import io.ascent.ui.common.DialogParts;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** File > Restore from backup...: the backups of the open database in a dialog, to restore one. */
public final class BackupsDialog extends Dialog<ButtonType> {

    private final ButtonType close = DialogParts.close();

    public BackupsDialog(Window owner) {
        DialogParts.own(this, owner);
        setTitle(I18n.t("backup.dialogTitle"));
        setHeaderText(I18n.t("backup.dialogTitle"));
        getDialogPane().getButtonTypes().add(close);
    }

    /** Shows the backups of {@code model}, read in the background. */
    public void show(BackupsViewModel model) {
        getDialogPane().setContent(new BackupsView(model));
        // Closing while a restore runs would leave the user without its outcome.
        getDialogPane().lookupButton(close).disableProperty().bind(model.busyProperty());
        model.load();
        show();
    }
}
