package io.ascent.ui.recovery;

import io.ascent.domain.storage.DatabaseFailure;
import io.ascent.service.BackupService;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.StatusLine;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Backups of the open database from the window: File > Back up now, File > Restore from
 * backup..., and the daily backup, taken a moment after the plans show so it never delays the
 * first frame. Outcomes go to the status line.
 */
public class BackupCommands {

    /** How long after the plans show the daily backup waits, to stay out of start-up. */
    private static final Duration DAILY_BACKUP_DELAY = Duration.seconds(3);

    private final BackupService backups;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final StatusLine status;

    public BackupCommands(BackupService backups, TaskRunner runner, DialogService dialogs, StatusLine status) {
        this.backups = backups;
        this.runner = runner;
        this.dialogs = dialogs;
        this.status = status;
    }

    /** File > Back up now. */
    public void backUpNow() {
        runner.run(
                backups::backUpNow, backup -> status.report(BackupsViewModel.doneMessage(backup)), status::reportError);
    }

    /**
     * Checks every page of the database, then makes the day's backup ({@link
     * BackupService#dailyBackupIfDue}), in the background, behind the work start-up queued, unless
     * {@code stillCurrent} says another database has been opened meanwhile. Damage found is told
     * with the window's way out (File > Restore from backup...); nothing more is written.
     */
    public void scheduleDailyBackup(BooleanSupplier stillCurrent) {
        PauseTransition pause = new PauseTransition(DAILY_BACKUP_DELAY);
        pause.setOnFinished(e -> {
            if (stillCurrent.getAsBoolean()) {
                runner.run(
                        backups::dailyBackupIfDue,
                        made -> {},
                        failure -> status.reportError(
                                failure instanceof DatabaseFailure
                                        ? failure
                                        : new IllegalStateException(
                                                I18n.t("backup.dailyFailed", Messages.of(failure)), failure)));
            }
        });
        pause.play();
    }

    /** The dialog listing the backups; {@code reopen} gets the message to show after a restore. */
    public void showBackups(Window owner, Consumer<String> reopen) {
        BackupsDialog dialog = new BackupsDialog(owner);
        dialog.show(new BackupsViewModel(backups, runner, dialogs, message -> {
            dialog.close();
            reopen.accept(message);
        }));
    }
}
