package io.ascent.ui.session;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.text.StatusText;
import io.ascent.service.PlanService;
import io.ascent.text.I18n;
import io.ascent.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Changes of the open plan's milestone progress: ticks and status changes, and edits of
 * evidence, notes, dates and links. The screen changes at once and the save follows in the
 * background, in order; if a save fails, the screen goes back and the error is shown. Every
 * change can be undone through the {@link EditHistory}.
 */
public class ProgressEdits {

    private final PlanSession session;
    private final PlanService plans;
    private final TaskRunner runner;
    private final StatusLine status;
    private final EditHistory history;
    private final List<Runnable> flushes = new ArrayList<>();
    private boolean rollingBack;

    public ProgressEdits(
            PlanSession session, PlanService plans, TaskRunner runner, StatusLine status, EditHistory history) {
        this.session = session;
        this.plans = plans;
        this.runner = runner;
        this.status = status;
        this.history = history;
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
                () -> write(planId, shown, after, () -> plans.setStatus(planId, shown, newStatus), saved)));
    }

    /**
     * Stores edited progress (evidence, notes, dates, links) of a milestone of the current plan;
     * {@code description} says what changed, for "Undid: ...".
     */
    public void saveProgress(MilestoneProgress updated, String description) {
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
                () -> write(planId, old, updated, () -> plans.saveProgress(planId, updated), saved)));
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

    /** A milestone's title, shortened to fit the status bar. */
    public static String titleOf(PlanSnapshot view, String milestoneId) {
        String title = view.item(milestoneId).map(m -> m.title()).orElse(milestoneId);
        // Cut between code points, never inside an emoji's surrogate pair.
        return title.codePointCount(0, title.length()) > 60
                ? title.substring(0, title.offsetByCodePoints(0, 57)) + "..."
                : title;
    }

    /** Undo and redo: puts {@code progress} back exactly, as stored before. */
    private void restore(long planId, MilestoneProgress replaced, MilestoneProgress progress) {
        write(planId, replaced, progress, () -> plans.saveProgress(planId, progress), null);
    }

    /**
     * Shows {@code progress} at once and runs {@code save} behind the work already queued; if it
     * fails, the screen goes back to {@code replaced}. {@code savedMessage} (if any) is reported
     * once the save committed.
     */
    private void write(
            long planId,
            MilestoneProgress replaced,
            MilestoneProgress progress,
            Callable<MilestoneProgress> save,
            String savedMessage) {
        session.current()
                .filter(now -> now.plan().id() == planId)
                .ifPresent(now -> session.showEdited(now.withProgress(progress)));
        runner.run(
                save,
                stored -> {
                    // The service dates a tick by its clock; after midnight that can differ from the screen's.
                    if (!stored.equals(progress)) {
                        replaceShown(planId, progress, stored);
                    }
                    if (savedMessage != null) {
                        status.report(savedMessage);
                    }
                },
                e -> {
                    status.reportError(e);
                    rollingBack = true;
                    try {
                        replaceShown(planId, progress, replaced);
                    } finally {
                        rollingBack = false;
                    }
                });
    }

    /** Shows {@code replacement} if the screen still shows {@code expected} for its milestone. */
    private void replaceShown(long planId, MilestoneProgress expected, MilestoneProgress replacement) {
        session.current()
                .filter(shown -> shown.plan().id() == planId
                        && shown.progressOf(expected.milestoneId()).equals(expected))
                .ifPresent(shown -> session.showEdited(shown.withProgress(replacement)));
    }
}
