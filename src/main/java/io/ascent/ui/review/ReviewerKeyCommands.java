package io.ascent.ui.review;

import io.ascent.persistence.files.ReviewerKeyFiles;
import io.ascent.service.ReviewerKeyExistsException;
import io.ascent.service.ReviewerKeyService;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.SaveTarget;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.StatusLine;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** File > Export reviewer key... and Import reviewer key...: the signing key to and from a passphrase-encrypted file. */
public class ReviewerKeyCommands {

    private final ReviewerKeyService keys;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final StatusLine status;
    private final SaveTarget saving;

    /** {@code targetExists} is the export writer's check (ExportService::targetExists). */
    public ReviewerKeyCommands(
            ReviewerKeyService keys,
            TaskRunner runner,
            DialogService dialogs,
            StatusLine status,
            Predicate<Path> targetExists) {
        this.saving = new SaveTarget(dialogs, runner, targetExists);
        this.keys = keys;
        this.runner = runner;
        this.dialogs = dialogs;
        this.status = status;
    }

    public void exportKey() {
        dialogs.askPassphrase(I18n.t("review.key.exportTitle"), I18n.t("review.key.exportMessage"), true)
                .ifPresent(passphrase -> saving.choose(
                        I18n.t("review.key.exportTitle"),
                        "reviewer." + ReviewerKeyFiles.EXTENSION,
                        I18n.t("review.key.files"),
                        ReviewerKeyFiles.EXTENSION,
                        (target, replace) -> runner.run(
                                () -> keys.exportKey(target, passphrase, replace),
                                identity -> {
                                    wipe(passphrase);
                                    status.report(I18n.t(
                                            "review.key.exported", target.getFileName(), identity.fingerprint()));
                                },
                                e -> {
                                    wipe(passphrase);
                                    fail(I18n.t("review.key.exportFailed"), e);
                                }),
                        e -> {
                            wipe(passphrase);
                            fail(I18n.t("review.key.exportFailed"), e);
                        }));
    }

    public void importKey() {
        dialogs.chooseOpenFile(
                        I18n.t("review.key.importTitle"),
                        I18n.t("review.key.files"),
                        List.of("*." + ReviewerKeyFiles.EXTENSION))
                .ifPresent(file -> dialogs.askPassphrase(
                                I18n.t("review.key.importTitle"), I18n.t("review.key.importMessage"), false)
                        .ifPresent(passphrase -> importKey(file, passphrase, false)));
    }

    private void importKey(Path file, char[] passphrase, boolean replace) {
        runner.run(
                () -> keys.importKey(file, passphrase, replace),
                identity -> {
                    wipe(passphrase);
                    status.report(I18n.t("review.key.imported", identity.name(), identity.fingerprint()));
                },
                e -> {
                    if (e instanceof ReviewerKeyExistsException exists
                            && !replace
                            && dialogs.ask(
                                    I18n.t("review.key.replaceTitle"),
                                    exists.getMessage(),
                                    I18n.t("review.key.replace"),
                                    I18n.t("review.key.keep"))) {
                        importKey(file, passphrase, true);
                        return;
                    }
                    wipe(passphrase);
                    fail(I18n.t("review.key.importFailed"), e);
                });
    }

    private static void wipe(char[] passphrase) {
        Arrays.fill(passphrase, '\0');
    }

    private void fail(String title, Throwable e) {
        status.reportError(e);
        dialogs.showError(title, Messages.of(e));
    }
}
