package io.ascent.ui.recovery;

import io.ascent.domain.storage.Backup;
import io.ascent.service.BackupService;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Backing up the open database now, and the list of its backups to restore one from. Restoring
 * asks first, backs up the current plans, then hands over to {@code onRestored} to reopen.
 */
public class BackupsViewModel {

    private final BackupService backups;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Consumer<String> onRestored;

    // Properties
    private final ObservableList<Backup> list = FXCollections.observableArrayList();
    private final ObjectProperty<Backup> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** {@code onRestored} reopens the database, with a message to show once it is open. */
    public BackupsViewModel(
            BackupService backups, TaskRunner runner, DialogService dialogs, Consumer<String> onRestored) {
        this.backups = backups;
        this.runner = runner;
        this.dialogs = dialogs;
        this.onRestored = onRestored;
    }

    public ObservableList<Backup> backups() {
        return list;
    }

    public ObjectProperty<Backup> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    /** What the last action did, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String folder() {
        return backups.folder().toString();
    }

    // Commands

    public void load() {
        runner.run(
                backups::backups,
                found -> {
                    list.setAll(found);
                    if (selected.get() == null || !found.contains(selected.get())) {
                        selected.set(found.isEmpty() ? null : found.get(0));
                    }
                },
                this::fail);
    }

    /** Backs up now and shows the new backup in the list. */
    public void backUpNow() {
        runner.run(
                backups::backUpNow,
                backup -> {
                    message.set(doneMessage(backup));
                    error.set("");
                    load();
                },
                this::fail);
    }

    /** What to tell the user once {@code backup} is made. */
    public static String doneMessage(Backup backup) {
        return I18n.t("backup.done", backup.file().getFileName());
    }

    public void restoreSelected() {
        Backup backup = selected.get();
        if (backup == null || busy.get()) {
            return;
        }
        if (!dialogs.confirm(
                I18n.t("backup.restoreTitle"),
                I18n.t("backup.restoreConfirm", BackupText.date(backup)),
                I18n.t("backup.restoreButton"))) {
            return;
        }
        busy.set(true);
        error.set("");
        message.set(I18n.t("backup.restoring"));
        runner.run(
                () -> backups.restore(backup, Progress.to(progress)),
                before -> {
                    busy.set(false);
                    message.set("");
                    onRestored.accept(I18n.t("backup.restored", BackupText.date(backup)));
                },
                e -> {
                    busy.set(false);
                    message.set("");
                    fail(e);
                });
    }

    public String describe(Backup backup) {
        return BackupText.date(backup) + "  \u00b7  " + BackupText.size(backup) + "  \u00b7  "
                + BackupText.reason(backup);
    }

    private void fail(Throwable e) {
        error.set(Messages.of(e));
    }
}
