package io.ascent.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog the app shows goes through here, so view models can be tested without windows. */
public interface DialogService {

    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);

    Optional<String> askText(String title, String message, String initialValue);

    /** Asks for a database file to open or create, starting in the folder of {@code current}. */
    Optional<Path> chooseDatabase(Path current);

    /** Lets the user change the preferences; empty when cancelled. */
    Optional<Preferences> editPreferences(Preferences current);

    /** Shows the keyboard shortcuts: each row is {keys, what they do}. */
    void showShortcuts(List<String[]> rows);
}
