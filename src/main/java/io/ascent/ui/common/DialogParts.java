package io.ascent.ui.common;

import io.ascent.text.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * What every dialog of the window shares: OK, Cancel and Close in the chosen language (JavaFX's
 * own follow the system's language, not {@code --lang}), and the window's theme.
 */
public final class DialogParts {

    private DialogParts() {}

    public static ButtonType ok() {
        return new ButtonType(I18n.t("dialog.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(I18n.t("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close() {
        return new ButtonType(I18n.t("dialog.close"), ButtonData.CANCEL_CLOSE);
    }

    /** Owned by {@code owner} and styled as it is (light or dark). */
    public static void own(Dialog<?> dialog, Window owner) {
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    /** Makes {@code type} the button Enter presses, and no other: e.g. Cancel when the action cannot be undone. */
    public static void makeDefault(DialogPane pane, ButtonType type) {
        for (ButtonType t : pane.getButtonTypes()) {
            if (pane.lookupButton(t) instanceof Button b) {
                b.setDefaultButton(t == type);
            }
        }
    }
}
