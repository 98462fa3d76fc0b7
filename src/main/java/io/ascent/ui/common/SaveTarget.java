package io.ascent.ui.common;

import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Where an exported file is saved (a review file, a calendar), as every export asks it: the save dialog, then (on the worker)
 * whether the file exists or may not be written at all, then "Replace the file?" when it exists.
 * {@code exists} is the export writer's check, which refuses the database's own files.
 */
public final class SaveTarget {

    private final DialogService dialogs;
    private final TaskRunner runner;
    private final Predicate<Path> exists;

    public SaveTarget(DialogService dialogs, TaskRunner runner, Predicate<Path> exists) {
        this.dialogs = dialogs;
        this.runner = runner;
        this.exists = exists;
    }

    /** Asks where, then calls {@code write} with the file and whether it replaces one; or {@code failed}. */
    public void choose(
            String title,
            String initialName,
            String type,
            String extension,
            BiConsumer<Path, Boolean> write,
            Consumer<Throwable> failed) {
        dialogs.chooseSaveFile(title, initialName, type, extension)
                .ifPresent(target -> runner.run(
                        () -> exists.test(target),
                        there -> {
                            if (!there
                                    || dialogs.confirm(
                                            I18n.t("plan.replaceTitle"),
                                            I18n.t("plan.replaceConfirm", target.getFileName()),
                                            I18n.t("plan.replaceButton"))) {
                                write.accept(target, there);
                            }
                        },
                        failed));
    }
}
