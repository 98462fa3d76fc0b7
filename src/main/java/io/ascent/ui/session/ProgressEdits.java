package io.ascent.ui.session;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.storage.EditConflict;
import io.ascent.domain.text.StatusText;
import io.ascent.service.PlanService;
import io.ascent.text.I18n;
import io.ascent.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
    private final EditHistory history;
    private final ConflictPrompt prompt;
    private final EditWriter<MilestoneProgress> writer;
    private final List<Runnable> flushes = new ArrayList<>();

    public ProgressEdits(
            PlanSession session,
            PlanService plans,
            TaskRunner runner,
            StatusLine status,
            EditHistory history,
            ConflictPrompt prompt) {
        this.session = session;
        this.plans = plans;
        this.history = history;
        this.prompt = prompt;
        this.writer = new EditWriter<>(runner, status, new Screen(), MilestoneProgress.TEXT_FIELDS);
        session.onLeaving(this::flushPendingEdits);
    }

    // Commands

    /**
     * A tick: moves a milestone of the current plan to {@code newStatus} through
     * {@link PlanService#setStatus}, the call the command line also ticks through, with the
     * progress the screen shows.
     */
    public void setStatus(String milestoneId, MilestoneStatus newStatus) {
        PlanSnapshot view = session.editable().orElse(null);
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
        EditWriter.Key key = new EditWriter.Key(planId, milestoneId);
        history.perform(new ProgressChange(
                this::restore,
                planId,
                shown,
                after,
                description,
                () -> writer.write(
                        key,
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
        PlanSnapshot view = session.editable().orElse(null);
        if (view == null) {
            return;
        }
        MilestoneProgress old = view.progressOf(updated.milestoneId());
        if (old.equals(updated)) {
            return;
        }
        long planId = view.plan().id();
        EditWriter.Key key = new EditWriter.Key(planId, updated.milestoneId());
        history.perform(new ProgressChange(
                this::restore,
                planId,
                old,
                updated,
                description,
                () -> writer.write(key, old, updated, I18n.t("session.saved"), typed)));
    }

    /** Registers work that saves edits still waiting (e.g. text typed less than a pause ago). */
    public void onFlush(Runnable flush) {
        flushes.add(flush);
    }

    /** Saves every edit still waiting; called before quitting, switching plans or databases. */
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
        return writer.isRollingBack();
    }

    /**
     * While the screen is being shown the version saved elsewhere that text typed for milestone
     * {@code milestoneId} met: that conflict (of text fields only), so the field keeps what was
     * typed and shows the saved text beside it.
     */
    public Optional<EditConflict<MilestoneProgress>> conflictShown(String milestoneId) {
        return session.current()
                .flatMap(v -> writer.conflictShown(new EditWriter.Key(v.plan().id(), milestoneId)));
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
        writer.write(new EditWriter.Key(planId, progress.milestoneId()), replaced, progress, null, false);
    }

    /** The open plan's progress, as {@link EditWriter} shows and saves it. */
    private final class Screen implements EditWriter.Screen<MilestoneProgress> {

        @Override
        public boolean shows(EditWriter.Key key, MilestoneProgress value) {
            return session.current()
                    .filter(v -> v.plan().id() == key.planId()
                            && v.progressOf(key.id()).equals(value))
                    .isPresent();
        }

        @Override
        public void show(EditWriter.Key key, MilestoneProgress value) {
            session.current()
                    .filter(v -> v.plan().id() == key.planId())
                    .ifPresent(v -> session.showEdited(v.withProgress(value)));
        }

        @Override
        public UnaryOperator<MilestoneProgress> saving(EditWriter.Key key, MilestoneProgress wanted) {
            return base -> plans.saveProgress(key.planId(), base, wanted);
        }

        @Override
        public boolean keepMine(EditWriter.Key key, EditConflict<MilestoneProgress> conflict) {
            String title = session.current().map(v -> titleOf(v, key.id())).orElse(key.id());
            return prompt.keepMine(title, conflict);
        }
    }
}
