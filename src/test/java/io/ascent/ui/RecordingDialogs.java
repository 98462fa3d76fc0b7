package io.ascent.ui;

import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.Preferences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} that answers as told and remembers what it was asked. */
public final class RecordingDialogs implements DialogService {

    public boolean confirmAnswer;
    /** The answer to yes/no questions ({@link #ask}): true for the first answer, e.g. "Keep my change". */
    public boolean askAnswer;

    public Optional<String> textAnswer = Optional.empty();
    public Optional<Path> saveAnswer = Optional.empty();
    public Optional<Path> openAnswer = Optional.empty();
    public Optional<Path> databaseAnswer = Optional.empty();
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        asked.add(message + " [" + confirmLabel + "]");
        return confirmAnswer;
    }

    @Override
    public boolean ask(String title, String message, String yesLabel, String noLabel) {
        asked.add(message + " [" + yesLabel + " / " + noLabel + "]");
        return askAnswer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public Optional<String> askText(String title, String message, String initialValue) {
        asked.add(title + ": " + initialValue);
        return textAnswer;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String typeDescription, String extension) {
        asked.add("save " + initialName);
        return saveAnswer;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String typeDescription, List<String> extensions) {
        asked.add("open " + String.join(" ", extensions));
        return openAnswer;
    }

    @Override
    public Optional<Path> chooseDatabase(Path current) {
        asked.add("database");
        return databaseAnswer;
    }

    @Override
    public Optional<Preferences> editPreferences(Preferences current) {
        return Optional.empty();
    }

    @Override
    public void showShortcuts(List<String[]> rows) {
        asked.add("shortcuts");
    }

    @Override
    public void openLink(String link) {
        asked.add("open " + link);
    }
}
