package io.ascent.ui.common;

import io.ascent.domain.review.RequestContents;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Every dialog the app shows goes through here, so view models can be tested without windows. */
public interface DialogService {

    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);

    Optional<String> askText(String title, String message, String initialValue);

    /**
     * Like {@link #askText(String, String, String)}, but OK does not close the dialog while
     * {@code problem} finds something wrong with the text (non-empty): the reason shows in the
     * dialog instead. The default ignores {@code problem}, for test doubles written before it.
     */
    default Optional<String> askText(
            String title, String message, String initialValue, Function<String, String> problem) {
        return askText(title, message, initialValue);
    }

    /**
     * Asks for an existing file to open, offering {@code extensions} (e.g. "*.json") under
     * {@code description}. Empty when the user cancels. The default chooses nothing, so test
     * doubles written before this method keep compiling.
     */
    default Optional<Path> chooseOpenFile(String title, String description, List<String> extensions) {
        return Optional.empty();
    }

    /** Asks where to save a file, suggesting {@code initialName}; empty when cancelled (or by default). */
    default Optional<Path> chooseSaveFile(String title, String initialName, String typeDescription, String extension) {
        return Optional.empty();
    }

    /** A question with two answers; true for {@code yesLabel}, false for {@code noLabel} or closing. */
    default boolean ask(String title, String message, String yesLabel, String noLabel) {
        return false;
    }

    /**
     * Shows {@code form} until the user applies or cancels it; true when applied. The default
     * applies nothing, so test doubles written before this method keep compiling.
     */
    default boolean showForm(Form form) {
        return false;
    }

    /**
     * Asks how to ask for a review of {@code planName}: the person's name as the reviewer knows it
     * ({@code name} suggested), blind or not, which evidence. Empty when cancelled (or by default).
     */
    default Optional<RequestContents.Choices> askForReview(String planName, String name) {
        return Optional.empty();
    }

    /**
     * Asks for a passphrase, typed twice when {@code twice} (a new one); empty when cancelled (or
     * by default). The caller wipes the characters when done.
     */
    default Optional<char[]> askPassphrase(String title, String message, boolean twice) {
        return Optional.empty();
    }

    /** Asks for a database file to open or create, starting in the folder of {@code current}. */
    Optional<Path> chooseDatabase(Path current);

    /** Lets the user change the preferences; empty when cancelled. */
    Optional<Preferences> editPreferences(Preferences current);

    /** Shows a help page made of {@code sections} (How Ascent works, About); nothing by default. */
    default void showDocument(String title, List<DocumentSection> sections) {}

    /** Shows the keyboard shortcuts: each row is {keys, what they do}. */
    void showShortcuts(List<String[]> rows);

    /** Opens a checked web or e-mail link in the user's browser or mail program. */
    void openLink(String link);
}
