package io.ascent.ui.recovery;

import io.ascent.domain.storage.Backup;
import io.ascent.domain.storage.DatabaseProblem;
import io.ascent.service.BackupService;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The screen shown when the database cannot be opened: says which problem it has and offers
 * the ways out that fit it. Nothing here changes the problem file; restoring moves it aside.
 */
public class RecoveryViewModel {

    private final Path file;
    private final DatabaseProblem problem;
    private final String detail;
    private final BackupService backups;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final BiConsumer<Path, Optional<String>> open;
    private final Runnable quit;

    // Properties
    private final ReadOnlyObjectWrapper<Backup> newest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * {@code open} opens a database file, with a message to show once it is open;
     * {@code detail} is the explanation of the failure, naming the file.
     */
    public RecoveryViewModel(
            Path file,
            DatabaseProblem problem,
            String detail,
            BackupService backups,
            TaskRunner runner,
            DialogService dialogs,
            BiConsumer<Path, Optional<String>> open,
            Runnable quit) {
        this.file = file.toAbsolutePath();
        this.problem = problem;
        this.detail = detail;
        this.backups = backups;
        this.runner = runner;
        this.dialogs = dialogs;
        this.open = open;
        this.quit = quit;
        if (problem.restoreHelps()) {
            runner.run(backups::newest, found -> newest.set(found.orElse(null)), e -> error.set(Messages.of(e)));
        }
    }

    public String title() {
        return switch (problem) {
            case CORRUPT -> I18n.t("recovery.title.CORRUPT");
            case NOT_SQLITE -> I18n.t("recovery.title.NOT_SQLITE");
            case FOREIGN -> I18n.t("recovery.title.FOREIGN");
            case NEWER_VERSION -> I18n.t("recovery.title.NEWER_VERSION");
            case READ_ONLY -> I18n.t("recovery.title.READ_ONLY");
            case UNREADABLE -> I18n.t("recovery.title.UNREADABLE");
            case LOCKED -> I18n.t("recovery.title.LOCKED");
            case MISSING -> I18n.t("recovery.title.MISSING");
            case NOT_FOUND -> I18n.t("recovery.title.NOT_FOUND");
            case LEFTOVER_JOURNAL -> I18n.t("recovery.title.LEFTOVER_JOURNAL");
            case LINKED -> I18n.t("recovery.title.LINKED");
            case BACKUP_FILE -> I18n.t("recovery.title.BACKUP_FILE");
            case DISK_FULL -> I18n.t("recovery.title.DISK_FULL");
            case OTHER -> I18n.t("recovery.title.OTHER");
        };
    }

    public String detail() {
        return detail;
    }

    /** What the user can do about it, in a sentence; changes once it is known whether a backup exists. */
    public String advice() {
        if (problem.restoreHelps() && newest.get() == null) {
            return I18n.t("recovery.advice.noBackup");
        }
        return switch (problem) {
            case CORRUPT -> I18n.t("recovery.advice.CORRUPT");
            case NOT_SQLITE -> I18n.t("recovery.advice.NOT_SQLITE");
            case FOREIGN -> I18n.t("recovery.advice.FOREIGN");
            case NEWER_VERSION -> I18n.t("recovery.advice.NEWER_VERSION");
            case READ_ONLY -> I18n.t("recovery.advice.READ_ONLY");
            case UNREADABLE -> I18n.t("recovery.advice.UNREADABLE");
            case LOCKED -> I18n.t("recovery.advice.LOCKED");
            case MISSING -> I18n.t("recovery.advice.MISSING");
            case NOT_FOUND -> I18n.t("recovery.advice.NOT_FOUND");
            case LEFTOVER_JOURNAL -> I18n.t("recovery.advice.LEFTOVER_JOURNAL");
            case LINKED -> I18n.t("recovery.advice.LINKED");
            case BACKUP_FILE -> I18n.t("recovery.advice.BACKUP_FILE");
            case DISK_FULL -> I18n.t("recovery.advice.DISK_FULL");
            case OTHER -> I18n.t("recovery.advice.OTHER");
        };
    }

    public DatabaseProblem problem() {
        return problem;
    }

    /** Whether the same file may open once the user has done something outside Ascent. */
    public boolean offersTryAgain() {
        return switch (problem) {
            case LOCKED, LINKED, LEFTOVER_JOURNAL, DISK_FULL -> true;
            default -> false;
        };
    }

    /** The newest backup, if restoring one can help and there is one; null otherwise. */
    public ReadOnlyObjectProperty<Backup> newestBackupProperty() {
        return newest.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String restoreLabel(Backup backup) {
        return I18n.t("recovery.restoreNewest", BackupText.date(backup));
    }

    // Commands

    public void restoreNewest() {
        Backup backup = newest.get();
        if (backup == null || busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        runner.run(
                () -> backups.restoreInPlaceOfDamaged(backup, Progress.to(progress)),
                aside -> {
                    busy.set(false);
                    String date = BackupText.date(backup);
                    open.accept(
                            file,
                            Optional.of(aside.map(a -> I18n.t("recovery.restored", date, a.getFileName()))
                                    .orElseGet(() -> I18n.t("backup.restored", date))));
                },
                e -> {
                    busy.set(false);
                    error.set(Messages.of(e));
                });
    }

    /** Asks where to start a new, empty database; never at the problem file's path. */
    public void startNew() {
        dialogs.chooseSaveFile(I18n.t("recovery.newTitle"), "ascent-new.db", I18n.t("recovery.databaseType"), "db")
                .map(Path::toAbsolutePath)
                .ifPresent(chosen -> {
                    if (chosen.normalize().equals(file.normalize())) {
                        error.set(I18n.t("recovery.newIsProblemFile"));
                    } else if (Files.exists(chosen)) {
                        error.set(I18n.t("recovery.newExists", chosen.getFileName()));
                    } else {
                        error.set("");
                        open.accept(chosen, Optional.empty());
                    }
                });
    }

    /** Opens another file; never a backup, which would be migrated and later pruned as one. */
    public void openOther() {
        dialogs.chooseDatabase(file).ifPresent(other -> {
            if (BackupService.isBackup(other)) {
                error.set(I18n.t("recovery.isBackup", other.getFileName()));
            } else {
                error.set("");
                open.accept(other, Optional.empty());
            }
        });
    }

    /** Tries the same file again, e.g. after the other program let go of it. */
    public void tryAgain() {
        open.accept(file, Optional.empty());
    }

    public void quit() {
        quit.run();
    }
}
