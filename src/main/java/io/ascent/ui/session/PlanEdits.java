package io.ascent.ui.session;

import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.service.PlanService;
import io.ascent.service.PromotionService;
import io.ascent.text.I18n;
import io.ascent.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Changes of the open plan itself: its setup's choices ("Edit plan") and "I got promoted" (marking
 * it reached, then maybe starting the next plan). Editing and marking are undoable; starting the
 * next plan opens it, which begins a new history.
 */
public class PlanEdits {

    private final PlanSession session;
    private final PlanService plans;
    private final PromotionService promotions;
    private final TaskRunner runner;
    private final StatusLine status;
    private final EditHistory history;

    public PlanEdits(
            PlanSession session,
            PlanService plans,
            PromotionService promotions,
            TaskRunner runner,
            StatusLine status,
            EditHistory history) {
        this.session = session;
        this.plans = plans;
        this.promotions = promotions;
        this.runner = runner;
        this.status = status;
        this.history = history;
    }

    // Commands

    /** Gives the open plan the choices of {@code draft}; undo puts the plan back exactly. */
    public void edit(PlanDraft draft) {
        session.editable().ifPresent(view -> {
            Plan before = view.plan();
            AtomicReference<Plan> after = new AtomicReference<>();
            history.perform(new BackgroundChange(
                    I18n.t("undo.planEdited", before.name()),
                    I18n.t("session.planEdited", draft.name()),
                    runner,
                    status,
                    () -> after.set(after.get() == null ? plans.edit(before.id(), draft) : plans.restore(after.get())),
                    () -> plans.restore(before),
                    () -> session.reload(before.id())));
        });
    }

    /**
     * Marks the open plan reached on {@code date}; with a {@code next} draft, then starts that plan
     * and opens it. Marking alone can be undone.
     */
    public void markReached(LocalDate date, Optional<PlanDraft> next) {
        session.editable().ifPresent(view -> {
            long planId = view.plan().id();
            history.perform(new BackgroundChange(
                    I18n.t("undo.reached", view.plan().name()),
                    I18n.t("session.reached", view.plan().name()),
                    runner,
                    status,
                    () -> promotions.markReached(planId, date),
                    () -> promotions.reopen(planId),
                    () -> session.reload(planId)));
            next.ifPresent(draft -> runner.run(
                    () -> promotions.startNext(planId, draft),
                    started -> {
                        status.report(I18n.t("session.nextStarted", started.name()));
                        session.reload(started.id());
                    },
                    status::reportError));
        });
    }
}
