package io.ascent.ui.plan;

import io.ascent.domain.Plan;
import io.ascent.service.ExportService;
import io.ascent.service.PlanNameTakenException;
import io.ascent.text.BidiText;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.PlanSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Importing a plan file: choose it, import it on the worker, open the new plan. A name the
 * database already has is not an error to the user, just a question: which name instead?
 */
final class PlanImport {

    private final PlanSession session;
    private final ExportService exports;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Consumer<Boolean> busy;
    private final Consumer<String> message;
    // The message about the imported plan, which opens next: it belongs to that plan.
    private final BiConsumer<String, Long> imported;
    private final BiConsumer<String, Throwable> failed;

    PlanImport(
            PlanSession session,
            ExportService exports,
            TaskRunner runner,
            DialogService dialogs,
            Consumer<Boolean> busy,
            Consumer<String> message,
            BiConsumer<String, Long> imported,
            BiConsumer<String, Throwable> failed) {
        this.session = session;
        this.exports = exports;
        this.runner = runner;
        this.dialogs = dialogs;
        this.busy = busy;
        this.message = message;
        this.imported = imported;
        this.failed = failed;
    }

    void run() {
        dialogs.chooseOpenFile(I18n.t("plan.importTitle"), I18n.t("plan.format.json"), List.of("*.json"))
                .ifPresent(file -> run(file, Optional.empty()));
    }

    private void run(Path file, Optional<String> name) {
        busy.accept(true);
        message.accept(I18n.t("plan.importing"));
        runner.run(
                () -> exports.importPlan(file, name),
                (Plan plan) -> {
                    busy.accept(false);
                    imported.accept(I18n.t("plan.imported", plan.name()), plan.id());
                    session.load(Optional.of(plan.id()));
                },
                e -> {
                    if (e instanceof PlanNameTakenException taken) {
                        busy.accept(false);
                        message.accept("");
                        dialogs.askText(
                                        I18n.t("plan.importAs.title"),
                                        I18n.t("plan.importAs.prompt", taken.getMessage()),
                                        BidiText.strip(I18n.t("plan.importAs.suggestion", taken.name())))
                                .ifPresent(other -> run(file, Optional.of(other)));
                    } else {
                        failed.accept(I18n.t("plan.importFailed"), e);
                    }
                });
    }
}
