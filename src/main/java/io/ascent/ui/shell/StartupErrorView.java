package io.ascent.ui.shell;

import io.ascent.domain.text.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Shown instead of the main window when the database cannot be opened; nothing was changed. */
public class StartupErrorView extends VBox {

    public StartupErrorView(String message, Runnable onOpenOther, Runnable onQuit) {
        super(16);
        getStyleClass().add("startup-error");
        setAlignment(Pos.CENTER);
        Label title = new Label(I18n.t("startup.title"));
        title.getStyleClass().add("title");
        Label text = new Label(message);
        text.setId("startupError");
        text.setWrapText(true);
        text.setMaxWidth(620);
        Button quit = new Button(I18n.t("startup.quit"));
        quit.setId("quitButton");
        quit.setDefaultButton(true);
        quit.setOnAction(e -> onQuit.run());
        Button other = new Button(I18n.t("startup.openOther"));
        other.setId("openOtherButton");
        other.setOnAction(e -> onOpenOther.run());
        HBox actions = new HBox(12, other, quit);
        actions.setAlignment(Pos.CENTER);
        getChildren().addAll(title, text, actions);
    }
}
