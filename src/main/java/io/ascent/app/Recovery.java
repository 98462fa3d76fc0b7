package io.ascent.app;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.storage.DatabaseFailure;
import io.ascent.domain.storage.DatabaseProblem;
import io.ascent.persistence.sqlite.DatabaseUnusableException;
import io.ascent.service.BackupService;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.recovery.BackupsView;
import io.ascent.ui.recovery.BackupsViewModel;
import io.ascent.ui.recovery.RecoveryView;
import io.ascent.ui.recovery.RecoveryViewModel;
import io.ascent.ui.session.PlanSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Wires backups and recovery into the window: the recovery screen for a database that cannot be
 * opened, the File menu's backup dialog, and the daily backup, taken a moment after the window
 * shows so it never delays the first frame.
 */
final class Recovery {

    /** How long after the plans show the daily backup waits, to stay out of start-up. */
    private static final Duration DAILY_BACKUP_DELAY = Duration.seconds(3);

    private final TaskRunner runner;
    private final DialogService dialogs;

    Recovery(TaskRunner runner, DialogService dialogs) {
        this.runner = runner;
        this.dialogs = dialogs;
    }

    /** The screen for {@code file}, which failed to open with {@code error}. */
    Parent screen(Path file, Throwable error, BiConsumer<Path, Optional<String>> open, Runnable quit) {
        DatabaseProblem problem = error instanceof DatabaseUnusableException u ? u.problem() : DatabaseProblem.OTHER;
        RecoveryViewModel model = new RecoveryViewModel(
                file,
                problem,
                Messages.fact(error),
                BackupService.forUnopened(file, Clock.systemDefaultZone()),
                runner,
                dialogs,
                open,
                quit);
        return new RecoveryView(model);
    }

    /**
     * Checks every page of {@code context}'s database, then makes the day's backup, in the
     * background, behind the work start-up queued, unless {@code stillCurrent} says another
     * database has been opened meanwhile. A damaged file gets no backup (it would push a good one
     * out) and no more writes; the user is told and pointed to the restore.
     */
    void scheduleDailyBackup(AppContext context, PlanSession session, BooleanSupplier stillCurrent) {
        PauseTransition pause = new PauseTransition(DAILY_BACKUP_DELAY);
        pause.setOnFinished(e -> {
            if (stillCurrent.getAsBoolean()) {
                runner.run(
                        () -> {
                            context.database().verify();
                            return context.backups().dailyBackupIfDue();
                        },
                        made -> {},
                        failure -> session.reportError(
                                failure instanceof DatabaseFailure
                                        ? failure
                                        : new IllegalStateException(
                                                I18n.t("backup.dailyFailed", Messages.of(failure)), failure)));
            }
        });
        pause.play();
    }

    /** File > Back up now: the outcome goes to the status line. */
    void backUpNow(AppContext context, PlanSession session) {
        runner.run(
                context.backups()::backUpNow,
                backup -> session.report(BackupsViewModel.doneMessage(backup)),
                session::reportError);
    }

    /** The dialog listing the backups; {@code reopen} gets the message to show after a restore. */
    void showBackups(Window owner, AppContext context, Consumer<String> reopen) {
        Dialog<ButtonType> dialog = new Dialog<>();
        BackupsViewModel model = model(context, message -> {
            dialog.close();
            reopen.accept(message);
        });
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("backup.dialogTitle"));
        dialog.setHeaderText(I18n.t("backup.dialogTitle"));
        dialog.getDialogPane().setContent(new BackupsView(model));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).disableProperty().bind(model.busyProperty());
        model.load();
        dialog.show();
    }

    private BackupsViewModel model(AppContext context, Consumer<String> onRestored) {
        return new BackupsViewModel(context.backups(), runner, dialogs, onRestored);
    }
}
