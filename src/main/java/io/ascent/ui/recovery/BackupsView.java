package io.ascent.ui.recovery;

import io.ascent.domain.storage.Backup;
import io.ascent.text.I18n;
import io.ascent.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The list of backups (date, size, why), with "Back up now" and "Restore". */
public class BackupsView extends VBox {

    private final BackupsViewModel model;
    private final ListView<Backup> list = new ListView<>();
    private final Button backUp = Icons.on(new Button(I18n.t("backup.now")), Feather.SAVE);
    private final Button restore = Icons.on(new Button(I18n.t("backup.restoreButton")), Feather.ROTATE_CCW);
    private final ProgressBar progress = new ProgressBar();
    private final Label message = new Label();
    private final Label error = new Label();

    public BackupsView(BackupsViewModel model) {
        super(10);
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("backups");
        setId("backupsView");
        Label intro = new Label(I18n.t("backup.intro", model.folder()));
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);
        // Wraps the folder's path instead of widening the dialog to fit it.
        intro.setPrefWidth(540);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        list.setId("backupList");
        list.setPrefSize(520, 260);
        list.setPlaceholder(new Label(I18n.t("backup.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Backup item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        backUp.setId("backUpNowButton");
        restore.setId("restoreBackupButton");
        restore.getStyleClass().add("accent");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, backUp, spacer, restore);
        buttons.setAlignment(Pos.CENTER_LEFT);
        setPrefWidth(560);
        progress.setId("backupProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        message.setId("backupMessage");
        message.setWrapText(true);
        error.setId("backupError");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        getChildren().addAll(intro, list, buttons, progress, message, error);
    }

    private void initListeners() {
        list.setItems(model.backups());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty()
                .addListener((obs, old, b) -> list.getSelectionModel().select(b));
        restore.disableProperty().bind(Bindings.or(model.selectedProperty().isNull(), model.busyProperty()));
        backUp.disableProperty().bind(model.busyProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.progressProperty().bind(model.progressProperty());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        backUp.setOnAction(e -> model.backUpNow());
        restore.setOnAction(e -> model.restoreSelected());
    }
}
