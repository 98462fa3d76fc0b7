package io.ascent.ui.plan;

import io.ascent.domain.Milestone;
import io.ascent.domain.PlanChange;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.service.report.PlanReport;
import io.ascent.text.I18n;
import io.ascent.ui.setup.SetupViewModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Edit plan": the setup's choices filled with the open plan's (the same fields and rules as a
 * new plan, {@link SetupViewModel}), and before anything is applied, what the change does: the
 * milestones that leave and join the plan, and readiness before and after.
 */
public class EditPlanViewModel {

    private final PlanSnapshot view;
    private final SetupViewModel choices;

    // Properties
    private final ObjectBinding<Optional<PlanChange>> change;
    private final StringBinding summary;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final BooleanBinding applicable;

    public EditPlanViewModel(PlanSnapshot view, Supplier<LocalDate> today) {
        this.view = view;
        this.choices = SetupViewModel.editing(view.framework(), view.plan(), today);
        change = Bindings.createObjectBinding(
                this::computeChange,
                choices.validProperty(),
                choices.currentLevelProperty(),
                choices.targetLevelProperty(),
                choices.specializationProperty());
        summary = Bindings.createStringBinding(
                () -> change.get().isPresent() || !choices.nameProperty().get().isBlank()
                        ? summary(change.get())
                        : I18n.t("editPlan.missing.name"),
                change,
                choices.nameProperty());
        change.addListener((obs, old, c) -> lines.setAll(lines(c)));
        lines.setAll(lines(change.get()));
        applicable = Bindings.createBooleanBinding(
                () -> choices.validProperty().get()
                        && !choices.draft().equals(view.plan().choices()),
                choices.validProperty(),
                choices.nameProperty(),
                choices.currentLevelProperty(),
                choices.targetLevelProperty(),
                choices.specializationProperty(),
                choices.targetDateProperty());
    }

    private Optional<PlanChange> computeChange() {
        if (!choices.validProperty().get()) {
            return Optional.empty();
        }
        return Optional.of(PlanChange.of(
                view.framework(),
                view.plan(),
                view.plan().withChoices(choices.draft(), Instant.EPOCH),
                view.ownMilestones(),
                view.progress()));
    }

    private String summary(Optional<PlanChange> c) {
        if (c.isEmpty()) {
            return "";
        }
        PlanChange ch = c.get();
        int leaving = ch.leaving().size();
        int joining = ch.joining().size();
        long done = ch.leavingDone(view.progress());
        String items = leaving == 0 && joining == 0
                ? I18n.t("editPlan.sameItems")
                : leaving == 0
                        ? I18n.t("editPlan.itemsJoin", joining)
                        : joining == 0
                                ? I18n.t("editPlan.itemsLeave", leaving, done)
                                : I18n.t("editPlan.items", leaving, done, joining);
        return items + " "
                + I18n.t(
                        "editPlan.readiness",
                        PlanReport.percent(ch.before()),
                        PlanReport.percent(ch.after()),
                        ch.after().done(),
                        ch.after().required());
    }

    private List<String> lines(Optional<PlanChange> c) {
        List<String> result = new ArrayList<>();
        c.ifPresent(ch -> {
            for (Milestone m : ch.leaving()) {
                result.add(I18n.t("editPlan.leaves", m.title(), level(m)));
            }
            for (Milestone m : ch.joining()) {
                result.add(I18n.t("editPlan.joins", m.title(), level(m)));
            }
        });
        return result;
    }

    private String level(Milestone m) {
        return view.framework().level(m.levelId()).map(l -> l.shortTitle()).orElse(m.levelId());
    }

    /** The setup's fields and their checks, filled with the plan's choices. */
    public SetupViewModel choices() {
        return choices;
    }

    /** "3 milestones leave the plan (1 of them done ...), 6 join it. Readiness 40% now, 25% after (3 of 12)." */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** One line per milestone that leaves ("−") or joins ("+") the plan. */
    public ObservableList<String> lines() {
        return lines;
    }

    /** True when the choices are valid and differ from the plan's. */
    public BooleanBinding applicableProperty() {
        return applicable;
    }

    // Commands

    public PlanDraft draft() {
        return choices.draft();
    }
}
