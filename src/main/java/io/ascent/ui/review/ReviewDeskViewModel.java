package io.ascent.ui.review;

import io.ascent.domain.review.Decision;
import io.ascent.domain.review.EvidenceVerdict;
import io.ascent.domain.review.GivenReview;
import io.ascent.domain.review.ReviewDraft;
import io.ascent.persistence.files.ReviewRequestFiles;
import io.ascent.persistence.files.ReviewResponseFiles;
import io.ascent.service.ReviewAnswerService;
import io.ascent.service.ReviewerKeyService;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.SaveTarget;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.StatusLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reviewer's desk: the request being answered (its draft saved as it is written, read-only
 * once sent) or the list of reviews given, and the commands to open, write and send a review.
 * Every service call runs on the worker; the draft on screen changes at once.
 */
public class ReviewDeskViewModel {

    private final ReviewAnswerService answers;
    private final ReviewerKeyService keys;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final StatusLine status;
    private final SaveTarget saving;

    // Properties
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<GivenReview> review = new ReadOnlyObjectWrapper<>();
    private final ObservableList<GivenReview> given = FXCollections.observableArrayList();
    private final ObservableList<GivenReview> givenReadOnly = FXCollections.unmodifiableObservableList(given);
    private final StringProperty reviewerName = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public ReviewDeskViewModel(
            ReviewAnswerService answers,
            ReviewerKeyService keys,
            TaskRunner runner,
            DialogService dialogs,
            StatusLine status,
            Predicate<Path> targetExists) {
        this.saving = new SaveTarget(dialogs, runner, targetExists);
        this.answers = answers;
        this.keys = keys;
        this.runner = runner;
        this.dialogs = dialogs;
        this.status = status;
    }

    /** True while the desk fills the window instead of the plans. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The review on the desk, or null while the list of reviews given is shown. */
    public ReadOnlyObjectProperty<GivenReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** Every request opened, the most recently changed first ("Reviews I gave"). */
    public ObservableList<GivenReview> given() {
        return givenReadOnly;
    }

    /** The name the review is signed with; the key's name once there is one. */
    public StringProperty reviewerNameProperty() {
        return reviewerName;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // Commands

    /** File > Open review request...: choose the file, then open it. */
    public void chooseRequest() {
        dialogs.chooseOpenFile(
                        I18n.t("review.open.title"),
                        I18n.t("review.open.files"),
                        List.of("*." + ReviewRequestFiles.EXTENSION))
                .ifPresent(this::open);
    }

    /** Opens a request file (kept in this database from now on) and shows it. */
    public void open(Path file) {
        work(() -> new Opened(answers.open(file), keys.identity().map(i -> i.name())), opened -> {
            review.set(opened.review());
            opened.name().ifPresent(reviewerName::set);
            shown.set(true);
        });
    }

    private record Opened(GivenReview review, Optional<String> name) {}

    /** Shows the reviews given, newest first. */
    public void showGiven() {
        work(answers::given, list -> {
            given.setAll(list);
            review.set(null);
            shown.set(true);
        });
    }

    /** Opens a review from the list: its draft, or read-only once sent. */
    public void reopen(GivenReview chosen) {
        work(() -> answers.given(chosen.request().id()).orElse(chosen), review::set);
    }

    /** Leaves the desk for the plans. */
    public void close() {
        shown.set(false);
    }

    public void rate(String competencyId, Optional<String> levelId) {
        edit(draft -> draft.withLevel(competencyId, levelId));
    }

    public void comment(String competencyId, String text) {
        edit(draft -> draft.withComment(competencyId, text));
    }

    public void verdict(String kind, String itemId, Optional<EvidenceVerdict.Verdict> verdict) {
        edit(draft -> draft.withVerdict(kind, itemId, verdict));
    }

    public void summary(String text) {
        edit(draft -> draft.withSummary(text));
    }

    public void decision(Optional<Decision> decision) {
        edit(draft -> draft.withDecision(decision));
    }

    /** Signs the review with the reviewer's key and saves the response where they choose. */
    public void send() {
        GivenReview current = review.get();
        if (current == null || current.sent()) {
            return;
        }
        saving.choose(
                I18n.t("review.send.title"),
                ResponseNames.forRequest(current.request()),
                I18n.t("review.send.files"),
                ReviewResponseFiles.EXTENSION,
                (target, replace) -> work(
                        () -> {
                            answers.saveDraft(current.request().id(), current.draft());
                            return answers.send(current.request().id(), reviewerName.get(), target, replace);
                        },
                        (GivenReview sent) -> {
                            review.set(sent);
                            status.report(I18n.t("review.sent", target.getFileName()));
                        }),
                this::failed);
    }

    /** Writes a sent review's response file again, byte for byte. */
    public void saveAgain() {
        GivenReview current = review.get();
        if (current == null || !current.sent()) {
            return;
        }
        saving.choose(
                I18n.t("review.send.title"),
                ResponseNames.forRequest(current.request()),
                I18n.t("review.send.files"),
                ReviewResponseFiles.EXTENSION,
                (target, replace) -> work(
                        () -> {
                            answers.writeAgain(current.request().id(), target, replace);
                            return target;
                        },
                        written -> status.report(I18n.t("review.sent", written.getFileName()))),
                this::failed);
    }

    /** Shows {@code change} of the draft at once and saves it on the worker. */
    private void edit(UnaryOperator<ReviewDraft> change) {
        GivenReview current = review.get();
        if (current == null || current.sent()) {
            return;
        }
        ReviewDraft next;
        try {
            next = change.apply(current.draft());
        } catch (IllegalArgumentException e) {
            status.reportError(e);
            return;
        }
        if (next.equals(current.draft())) {
            return;
        }
        GivenReview edited = new GivenReview(current.request(), next, current.updatedAt(), current.sentAt());
        review.set(edited);
        runner.run(
                () -> answers.saveDraft(current.request().id(), next),
                saved -> status.report(I18n.t("review.draftSaved")),
                status::reportError);
    }

    private <T> void work(Callable<T> task, Consumer<T> done) {
        busy.set(true);
        runner.run(
                task,
                result -> {
                    busy.set(false);
                    done.accept(result);
                },
                e -> {
                    busy.set(false);
                    failed(e);
                });
    }

    private void failed(Throwable e) {
        status.reportError(e);
        dialogs.showError(I18n.t("review.failed"), Messages.of(e));
    }
}
