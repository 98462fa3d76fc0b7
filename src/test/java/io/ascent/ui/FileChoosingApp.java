package io.ascent.ui;

import io.ascent.app.AscentApp;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.FxDialogService;
import java.nio.file.Path;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;

/**
 * Ascent on {@code db} whose open-file dialog answers with the next of the {@code chosen} files
 * (none when they run out) and whose yes/no questions are all answered yes: an import walked
 * through the real screens without a file chooser.
 */
final class FileChoosingApp {

    private FileChoosingApp() {}

    static AscentApp on(Path db, Deque<Path> chosen) {
        return new AscentApp(db) {
            @Override
            protected DialogService dialogs(Stage owner) {
                return new FxDialogService(owner, getHostServices()) {
                    @Override
                    public Optional<Path> chooseOpenFile(String title, String description, List<String> extensions) {
                        return Optional.ofNullable(chosen.poll());
                    }

                    @Override
                    public boolean ask(String title, String message, String yesLabel, String noLabel) {
                        return true;
                    }
                };
            }
        };
    }
}
