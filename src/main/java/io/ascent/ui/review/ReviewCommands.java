package io.ascent.ui.review;

import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.review.RequestContents;
import io.ascent.domain.review.ReviewRequest;
import io.ascent.persistence.files.ReviewRequestFiles;
import io.ascent.persistence.files.ReviewResponseFiles;
import io.ascent.service.ReviewImportService;
import io.ascent.service.ReviewImportService.Imported;
import io.ascent.service.ReviewRequestService;
import io.ascent.service.ReviewerKeyChangedException;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.SaveTarget;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.StatusLine;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * The person's review commands: Plan > Ask for a review... (a request file written where they
 * choose) and File > Import review response... (verified, checked, the reviewer's key pinned or
 * a new key accepted only when they say so).
 */
public class ReviewCommands {

    private final PlanSession session;
    private final ReviewSession reviews;
    private final ReviewRequestService requests;
    private final ReviewImportService imports;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final StatusLine status;
    private final SaveTarget saving;

    /** {@code targetExists} is the export writer's check (ExportService::targetExists). */
    public ReviewCommands(
            PlanSession session,
            ReviewSession reviews,
            ReviewRequestService requests,
            ReviewImportService imports,
            TaskRunner runner,
            DialogService dialogs,
            StatusLine status,
            Predicate<Path> targetExists) {
        this.saving = new SaveTarget(dialogs, runner, targetExists);
        this.session = session;
        this.reviews = reviews;
        this.requests = requests;
        this.imports = imports;
        this.runner = runner;
        this.dialogs = dialogs;
        this.status = status;
    }

    /** Plan > Ask for a review...: the choices, where to save, then the request written on the worker. */
    public void askForReview() {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            return;
        }
        long planId = view.plan().id();
        runner.run(
                () -> lastRequester(planId),
                name -> dialogs.askForReview(view.plan().name(), name)
                        .ifPresent(choices -> saving.choose(
                                I18n.t("review.ask.saveTitle"),
                                ResponseNames.safe(view.plan().name()) + "." + ReviewRequestFiles.EXTENSION,
                                I18n.t("review.open.files"),
                                ReviewRequestFiles.EXTENSION,
                                (target, replace) -> write(planId, choices, target, replace),
                                e -> fail(I18n.t("review.ask.failed"), e))),
                status::reportError);
    }

    private String lastRequester(long planId) {
        List<ReviewRequest> sent = requests.requests(planId);
        return sent.isEmpty()
                ? ""
                : sent.get(sent.size() - 1).plan().requester().orElse("");
    }

    private void write(long planId, RequestContents.Choices choices, Path target, boolean replace) {
        runner.run(
                () -> requests.request(planId, choices, target, replace),
                request -> status.report(I18n.t(
                        request.blind() ? "review.asked.blind" : "review.asked",
                        target.getFileName(),
                        request.evidence().size())),
                e -> fail(I18n.t("review.ask.failed"), e));
    }

    /** File > Import review response...: choose the file, import it, show the plan it answers. */
    public void importResponse() {
        dialogs.chooseOpenFile(
                        I18n.t("review.import.title"),
                        I18n.t("review.send.files"),
                        List.of("*." + ReviewResponseFiles.EXTENSION))
                .ifPresent(file -> importResponse(file, false));
    }

    private void importResponse(Path file, boolean acceptNewKey) {
        runner.run(() -> imports.importResponse(file, acceptNewKey), this::imported, e -> {
            if (e instanceof ReviewerKeyChangedException changed && !acceptNewKey) {
                if (dialogs.ask(
                        I18n.t("review.newKey.title", changed.reviewer()),
                        I18n.t(
                                "review.newKey.message",
                                changed.reviewer(),
                                changed.pinnedFingerprint(),
                                changed.newFingerprint()),
                        I18n.t("review.newKey.accept"),
                        I18n.t("review.newKey.refuse"))) {
                    importResponse(file, true);
                }
            } else {
                fail(I18n.t("review.import.failed"), e);
            }
        });
    }

    private void imported(Imported imported) {
        var review = imported.review();
        status.report(I18n.t(
                imported.newlyPinned() ? "review.imported.pinned" : "review.imported",
                review.reviewer().name(),
                imported.planName(),
                review.reviewer().fingerprint()));
        boolean otherPlan =
                session.current().map(v -> v.plan().id() != review.planId()).orElse(true);
        if (otherPlan) {
            session.open(review.planId());
        } else {
            reviews.reload();
            // The printed plan gains its "Manager review" section: read the plan again so it is redrawn.
            session.refresh();
        }
    }

    private void fail(String title, Throwable e) {
        status.reportError(e);
        dialogs.showError(title, Messages.of(e));
    }
}
