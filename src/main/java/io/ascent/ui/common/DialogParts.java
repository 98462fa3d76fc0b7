package io.ascent.ui.common;

import io.ascent.text.I18n;
import javafx.application.Platform;
import javafx.scene.Scene;
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

    /**
     * Grows {@code dialog}'s window whenever its content needs more height than it has, e.g. when
     * a validation line appears: a dialog keeps the size it opened with, so without this the
     * line would take its room from the other texts, which are then cut short with "…". Only
     * grows: a dialog the user made taller stays so, and one grown for a message keeps that room.
     */
    public static void growWithContent(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        pane.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (needs) {
                // After the layout pass, when the pane knows its new preferred height.
                Platform.runLater(() -> grow(pane));
            }
        });
    }

    private static void grow(DialogPane pane) {
        Scene scene = pane.getScene();
        Window window = scene == null ? null : scene.getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        double missing = pane.prefHeight(pane.getWidth()) - pane.getHeight();
        if (missing > 0.5) {
            // Both sides at once: JavaFX 21 on GTK asks gtk_window_resize for a width of 0 when
            // only the height of a window sized by its scene is set (JDK-8344372), so the real
            // window kept its size and pushed its buttons out of sight.
            window.setWidth(window.getWidth());
            window.setHeight(window.getHeight() + Math.ceil(missing));
        }
    }
}
