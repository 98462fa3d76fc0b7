package io.ascent.ui.recovery;

import io.ascent.text.I18n;
import io.ascent.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.feather.Feather;

/**
 * Shown instead of the main window when the database cannot be opened: which problem it is, in
 * plain words, and the ways out (restore the newest backup, a new database, another file, quit).
 */
public class RecoveryView extends StackPane {

    private final RecoveryViewModel model;
    private final VBox card = new VBox(14);
    private final Button restore = new Button();
    private final Button tryAgain = new Button(I18n.t("recovery.tryAgain"));
    private final Button startNew = new Button(I18n.t("recovery.startNew"));
    private final Button openOther = new Button(I18n.t("startup.openOther"));
    private final Button quit = new Button(I18n.t("startup.quit"));
    private final ProgressBar progress = new ProgressBar();
    private final Label error = new Label();

    public RecoveryView(RecoveryViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().addAll("startup-error", "recovery");
        setId("recoveryView");
        Label title = Icons.on(new Label(model.title()), Feather.ALERT_TRIANGLE);
        title.setId("recoveryTitle");
        title.getStyleClass().add("title");
        Label detail = new Label(model.detail());
        detail.setId("startupError");
        detail.setWrapText(true);
        Label advice = new Label();
        advice.textProperty().bind(Bindings.createStringBinding(model::advice, model.newestBackupProperty()));
        advice.setId("recoveryAdvice");
        advice.getStyleClass().add("hint");
        advice.setWrapText(true);
        restore.setId("restoreNewestButton");
        restore.getStyleClass().add("accent");
        tryAgain.setId("tryAgainButton");
        startNew.setId("startNewButton");
        openOther.setId("openOtherButton");
        quit.setId("quitButton");
        progress.setId("restoreProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        error.setId("recoveryError");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        for (Button b : new Button[] {restore, tryAgain, startNew, openOther, quit}) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMnemonicParsing(false);
        }
        boolean again = model.offersTryAgain();
        tryAgain.setVisible(again);
        tryAgain.setManaged(again);
        HBox quitRow = new HBox(quit);
        quitRow.setAlignment(Pos.CENTER_RIGHT);
        quit.setMaxWidth(Region.USE_PREF_SIZE);
        VBox actions = new VBox(8, restore, tryAgain, startNew, openOther);
        actions.getStyleClass().add("recovery-actions");
        card.getStyleClass().add("recovery-card");
        card.setMaxWidth(640);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.getChildren().addAll(title, detail, advice, actions, progress, error, quitRow);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
    }

    private void initListeners() {
        restore.visibleProperty().bind(model.newestBackupProperty().isNotNull());
        restore.managedProperty().bind(restore.visibleProperty());
        restore.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.newestBackupProperty().get() == null
                                ? ""
                                : model.restoreLabel(
                                        model.newestBackupProperty().get()),
                        model.newestBackupProperty()));
        restore.defaultButtonProperty().bind(restore.visibleProperty());
        // The backup is found after the screen shows; the way out it offers should then have the focus.
        model.newestBackupProperty().addListener((obs, old, b) -> {
            if (b != null) {
                restore.requestFocus();
            }
        });
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.progressProperty().bind(model.progressProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        // Quit too: the restore must finish putting the file in place.
        for (Button b : new Button[] {restore, tryAgain, startNew, openOther, quit}) {
            b.disableProperty().bind(model.busyProperty());
        }
        // Closing the window mid-restore would stop it before the restored file is in place.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && scene.getWindow() != null) {
                scene.getWindow().addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
                    if (model.busyProperty().get()) {
                        e.consume();
                    }
                });
            }
        });
        restore.setOnAction(e -> model.restoreNewest());
        tryAgain.setOnAction(e -> model.tryAgain());
        startNew.setOnAction(e -> model.startNew());
        openOther.setOnAction(e -> model.openOther());
        quit.setOnAction(e -> model.quit());
    }
}
