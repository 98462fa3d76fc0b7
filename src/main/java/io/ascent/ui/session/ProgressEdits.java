package io.ascent.ui.session;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.storage.EditConflict;
import io.ascent.domain.text.StatusText;
import io.ascent.service.EditConflictException;
import io.ascent.service.PlanService;
import io.ascent.text.I18n;
import io.ascent.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Changes of the open plan's milestone progress: ticks and status changes, and edits of
 * evidence, notes, dates and links. The screen changes at once and the save follows in the
 * background, in order; if a save fails, the screen goes back and the error is shown. Every
 * change can be undone through the {@link EditHistory}.
 *
 * <p>Every save says what it was based on, so it never overwrites a change saved meanwhile in
 * another window or on the command line ({@link PlanService#saveProgress}). When both changed the
 * same field, nothing is saved: the screen shows the saved version and the user chooses, beside
 * the field for typed text ({@link #saveText}), else in a question ({@link ConflictPrompt}).
 */
public class ProgressEdits {

    private final PlanSession session;
    private final PlanService plans;
    private final TaskRunner runner;
    private final StatusLine status;
    private final EditHistory history;
    private final ConflictPrompt prompt;
    private final SaveChain<MilestoneProgress> chain = new SaveChain<>();
    private final List<Runnable> flushes = new ArrayList<>();
    private boolean rollingBack;
    private EditConflict<MilestoneProgress> conflictShown;

    public ProgressEdits(
            PlanSession session,
            PlanService plans,
            TaskRunner runner,
            StatusLine status,
            EditHistory history,
            ConflictPrompt prompt) {
        this.session = session;
        this.plans = plans;
        this.runner = runner;
        this.status = status;
        this.history = history;
        this.prompt = prompt;
        session.onLeaving(this::flushPendingEdits);
    }

    // Commands

    /**
     * A tick: moves a milestone of the current plan to {@code newStatus} through
     * {@link PlanService#setStatus}, the call the command line also ticks through, with the
     * progress the screen shows.
     */
    public void setStatus(String milestoneId, MilestoneStatus newStatus) {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            return;
        }
        MilestoneProgress shown = view.progressOf(milestoneId);
        if (shown.status() == newStatus) {
            return;
        }
        long planId = view.plan().id();
        MilestoneProgress after = shown.withStatus(newStatus, today());
        String title = titleOf(view, milestoneId);
        String description = newStatus == MilestoneStatus.DONE
                ? I18n.t("undo.ticked", title)
                : shown.isDone() && newStatus == MilestoneStatus.TODO
                        ? I18n.t("undo.unticked", title)
                        : I18n.t("undo.marked", title, StatusText.of(newStatus).toLowerCase(I18n.locale()));
        String saved = I18n.t(newStatus == MilestoneStatus.DONE ? "session.savedDone" : "session.saved");
        history.perform(new ProgressChange(
                this::restore,
                planId,
                shown,
                after,
                description,
                () -> write(
                        planId,
                        shown,
                        after,
                        // After an edit that was not saved, the tick carries that edit (SaveChain).
                        base -> base.equals(shown)
                                ? plans.setStatus(planId, shown, newStatus)
                                : plans.saveProgress(planId, base, after),
                        saved,
                        false)));
    }

    /**
     * Stores edited progress (dates, links) of a milestone of the current plan; {@code description}
     * says what changed, for "Undid: ...".
     */
    public void saveProgress(MilestoneProgress updated, String description) {
        save(updated, description, false);
    }

    /**
     * Stores text typed into a milestone's evidence or notes. If the same text was changed
     * elsewhere meanwhile, nothing is saved and no question is asked: the screen shows the saved
     * version while {@link #conflictShown} tells the field to keep what was typed beside it.
     */
    public void saveText(MilestoneProgress updated, String description) {
        save(updated, description, true);
    }

    private void save(MilestoneProgress updated, String description, boolean typed) {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            return;
        }
        MilestoneProgress old = view.progressOf(updated.milestoneId());
        if (old.equals(updated)) {
            return;
        }
        long planId = view.plan().id();
        String saved = I18n.t("session.saved");
        history.perform(new ProgressChange(
                this::restore,
                planId,
                old,
                updated,
                description,
                () -> write(planId, old, updated, base -> plans.saveProgress(planId, base, updated), saved, typed)));
    }

    /** Registers work that saves edits still waiting (e.g. text typed less than a pause ago). */
    public void onFlush(Runnable flush) {
        flushes.add(flush);
    }

    /** Saves every edit still waiting; called before quitting or switching databases. */
    public void flushPendingEdits() {
        flushes.forEach(Runnable::run);
    }

    /** Today on the service's clock, so screens and saves agree on dates. */
    public LocalDate today() {
        return plans.today();
    }

    /**
     * True while the plan shown is being put back after a failed save, so a screen can keep
     * text the user typed (and retry it) instead of replacing it with the stored value.
     */
    public boolean isRollingBack() {
        return rollingBack;
    }

    /**
     * While the screen is being shown the version saved elsewhere that typed text met: that
     * conflict (of text fields only), so the field keeps what was typed and shows the saved text
     * beside it.
     */
    public Optional<EditConflict<MilestoneProgress>> conflictShown() {
        return Optional.ofNullable(conflictShown);
    }

    /** A milestone's title, shortened to fit the status bar. */
    public static String titleOf(PlanSnapshot view, String milestoneId) {
        String title = view.item(milestoneId).map(m -> m.title()).orElse(milestoneId);
        // Cut between code points, never inside an emoji's surrogate pair.
        return title.codePointCount(0, title.length()) > 60
                ? title.substring(0, title.offsetByCodePoints(0, 57)) + "..."
                : title;
    }

    /** Undo and redo: puts {@code progress} back where {@code replaced} was stored. */
    private void restore(long planId, MilestoneProgress replaced, MilestoneProgress progress) {
        write(planId, replaced, progress, base -> plans.saveProgress(planId, base, progress), null, false);
    }

    /** A save of a milestone's progress, given what it replaces as stored. */
    @FunctionalInterface
    private interface Save {
        MilestoneProgress run(MilestoneProgress base);
    }

    /**
     * Shows {@code progress} at once and runs {@code save} behind the work already queued; if it
     * fails, the screen goes back to what is stored. {@code savedMessage} (if any) is reported
     * once the save committed. {@code typed}: the edit is text typed in a field, which shows a
     * conflict itself.
     */
    private void write(
            long planId,
            MilestoneProgress replaced,
            MilestoneProgress progress,
            Save save,
            String savedMessage,
            boolean typed) {
        session.current()
                .filter(now -> now.plan().id() == planId)
                .ifPresent(now -> session.showEdited(now.withProgress(progress)));
        String key = planId + ":" + progress.milestoneId();
        AtomicReference<MilestoneProgress> basis = new AtomicReference<>(replaced);
        runner.run(
                () -> {
                    MilestoneProgress base = chain.base(key, replaced);
                    basis.set(base);
                    try {
                        MilestoneProgress stored = save.run(base);
                        chain.saved(key);
                        return stored;
                    } catch (RuntimeException e) {
                        chain.notSaved(key, progress, base);
                        throw e;
                    }
                },
                stored -> {
                    // Stored differs from what was shown when the service merged a change saved
                    // elsewhere, or dated a tick by its clock after midnight.
                    if (!stored.equals(progress)) {
                        replaceShown(planId, progress, stored);
                    }
                    if (savedMessage != null) {
                        status.report(savedMessage);
                    }
                },
                e -> {
                    status.reportError(e);
                    if (e instanceof EditConflictException c) {
                        conflicted(planId, progress, c.conflict(), typed);
                        return;
                    }
                    rollingBack = true;
                    try {
                        replaceShown(planId, progress, basis.get());
                    } finally {
                        rollingBack = false;
                    }
                });
    }

    /**
     * {@code progress} was not saved: another window or the command line saved a change of the same
     * fields. The screen shows what is stored; typed text stays in its field, anything else is asked.
     */
    private void conflicted(
            long planId, MilestoneProgress progress, EditConflict<MilestoneProgress> conflict, boolean typed) {
        boolean shown = session.current()
                .filter(v -> v.plan().id() == planId
                        && v.progressOf(progress.milestoneId()).equals(progress))
                .isPresent();
        if (!shown) {
            // A later edit of the milestone is on screen: its save carries this one and asks then.
            return;
        }
        MilestoneProgress stored = conflict.stored();
        MilestoneProgress theirs = conflict.takeTheirs();
        String saved = I18n.t("session.saved");
        if (typed && conflict.onlyIn(MilestoneProgress.TEXT_FIELDS)) {
            // The text waits beside its field; edits of other fields made with it are no conflict.
            conflictShown = conflict;
            try {
                replaceShown(planId, progress, theirs);
            } finally {
                conflictShown = null;
            }
            if (!theirs.equals(stored)) {
                write(planId, stored, theirs, base -> plans.saveProgress(planId, base, theirs), null, true);
            }
            return;
        }
        replaceShown(planId, progress, stored);
        String title =
                session.current().map(v -> titleOf(v, progress.milestoneId())).orElse(progress.milestoneId());
        if (prompt.keepMine(title, conflict)) {
            MilestoneProgress mine = conflict.keepMine();
            write(planId, stored, mine, base -> plans.saveProgress(planId, base, mine), saved, false);
        } else if (!theirs.equals(stored)) {
            write(planId, stored, theirs, base -> plans.saveProgress(planId, base, theirs), saved, false);
        } else {
            status.report(I18n.t("conflict.tookTheirs"));
        }
    }

    /** Shows {@code replacement} if the screen still shows {@code expected} for its milestone. */
    private void replaceShown(long planId, MilestoneProgress expected, MilestoneProgress replacement) {
        session.current()
                .filter(shown -> shown.plan().id() == planId
                        && shown.progressOf(expected.milestoneId()).equals(expected))
                .ifPresent(shown -> session.showEdited(shown.withProgress(replacement)));
    }
}
