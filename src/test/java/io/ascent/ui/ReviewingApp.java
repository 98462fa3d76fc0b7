package io.ascent.ui;

import io.ascent.app.AscentApp;
import io.ascent.domain.review.EvidenceChoice;
import io.ascent.domain.review.RequestContents;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.FxDialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.application.HostServices;
import javafx.stage.Stage;

/**
 * Ascent whose file dialogs answer with the files a test queued (open and save apart), whose
 * questions are all answered yes, whose review request dialog asks for a review by "Alex Kim"
 * (blind as the test says) and whose passphrase dialog types one. Error dialogs are recorded, not shown.
 */
final class ReviewingApp {

    static final String PASSPHRASE = "correct horse battery staple";

    final Deque<Path> toOpen = new ArrayDeque<>();
    final Deque<Path> toSave = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();
    boolean blind;

    AscentApp on(Path db, Optional<Path> request) {
        return request.map(r -> (AscentApp) new AscentApp(db, r) {
                    @Override
                    protected DialogService dialogs(Stage owner) {
                        return dialogsFor(owner, getHostServices());
                    }
                })
                .orElseGet(() -> new AscentApp(db) {
                    @Override
                    protected DialogService dialogs(Stage owner) {
                        return dialogsFor(owner, getHostServices());
                    }
                });
    }

    private DialogService dialogsFor(Stage owner, HostServices host) {
        return new FxDialogService(owner, host) {
            @Override
            public Optional<Path> chooseOpenFile(String title, String description, List<String> extensions) {
                return Optional.ofNullable(toOpen.poll());
            }

            @Override
            public Optional<Path> chooseSaveFile(
                    String title, String initialName, String typeDescription, String extension) {
                return Optional.ofNullable(toSave.poll());
            }

            @Override
            public boolean ask(String title, String message, String yesLabel, String noLabel) {
                return true;
            }

            @Override
            public Optional<RequestContents.Choices> askForReview(String planName, String name) {
                return Optional.of(new RequestContents.Choices(Optional.of("Alex Kim"), blind, EvidenceChoice.DONE));
            }

            @Override
            public Optional<char[]> askPassphrase(String title, String message, boolean twice) {
                return Optional.of(PASSPHRASE.toCharArray());
            }

            @Override
            public void showError(String title, String message) {
                errors.add(title + ": " + message);
            }
        };
    }
}
