package io.ascent.app;

import io.ascent.app.boot.AppVersion;
import io.ascent.app.boot.Settings;
import io.ascent.service.BackupService;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.Preferences;
import io.ascent.ui.recovery.BackupCommands;
import io.ascent.ui.session.ProgressEdits;
import io.ascent.ui.shell.HelpTopics;
import io.ascent.ui.shell.Themes;
import io.ascent.ui.shell.WindowActions;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/** What the menus ask of the application around the window: other databases, backups, theme, language, quitting. */
final class AppWindowActions implements WindowActions {

    private final Stage stage;
    private final Settings settings;
    private final DialogService dialogs;
    private final BackupCommands backups;
    private final ProgressEdits edits;
    private final Path current;
    private final BiConsumer<Path, Optional<String>> open;
    private final Path backupsFolder;

    /** {@code open} opens a database file, with a message to show once it is open. */
    AppWindowActions(
            Stage stage,
            Settings settings,
            DialogService dialogs,
            BackupCommands backups,
            ProgressEdits edits,
            Path current,
            Path backupsFolder,
            BiConsumer<Path, Optional<String>> open) {
        this.stage = stage;
        this.settings = settings;
        this.dialogs = dialogs;
        this.backups = backups;
        this.edits = edits;
        this.current = current;
        this.backupsFolder = backupsFolder;
        this.open = open;
    }

    @Override
    public void backUpNow() {
        backups.backUpNow();
    }

    @Override
    public void restoreFromBackup() {
        // Text typed a moment ago is saved first, so the restore cannot be overwritten by it.
        edits.flushPendingEdits();
        backups.showBackups(stage, message -> open.accept(current, Optional.of(message)));
    }

    @Override
    public void openDatabase() {
        dialogs.chooseDatabase(current).ifPresent(file -> {
            if (BackupService.isBackup(file)) {
                dialogs.showError(
                        I18n.t("startup.openFailed", file.getFileName()),
                        I18n.t("recovery.isBackup", file.getFileName()));
            } else {
                open.accept(file, Optional.empty());
            }
        });
    }

    @Override
    public void setDarkTheme(boolean dark) {
        Themes.apply(stage.getScene(), dark);
        settings.setTheme(dark ? Settings.Theme.DARK : Settings.Theme.LIGHT);
    }

    @Override
    public boolean isDarkTheme() {
        return Themes.isDark(stage.getScene());
    }

    @Override
    public void editPreferences() {
        Locale language = settings.language().map(Locale::forLanguageTag).orElse(I18n.locale());
        dialogs.editPreferences(new Preferences(isDarkTheme(), language)).ifPresent(p -> {
            setDarkTheme(p.darkTheme());
            settings.setLanguage(p.language().toLanguageTag());
        });
    }

    @Override
    public HelpTopics.AboutFacts about() {
        return new HelpTopics.AboutFacts(AppVersion.current(), current, backupsFolder, settings.file());
    }

    @Override
    public void quit() {
        Platform.exit();
    }
}
