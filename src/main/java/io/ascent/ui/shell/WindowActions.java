package io.ascent.ui.shell;

/** What the menus ask of the application around the window: files, theme, preferences, quitting. */
public interface WindowActions {

    void openDatabase();

    void setDarkTheme(boolean dark);

    boolean isDarkTheme();

    void editPreferences();

    void quit();

    /** Backs the open database up now (File menu). */
    void backUpNow();

    /** Shows the backups of the open database, to restore one (File menu). */
    void restoreFromBackup();

    /** This copy of Ascent and where the open database keeps its data, for Help > About. */
    HelpTopics.AboutFacts about();
}
