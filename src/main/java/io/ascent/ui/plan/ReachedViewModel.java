package io.ascent.ui.plan;

import io.ascent.domain.InputRules;
import io.ascent.domain.Level;
import io.ascent.domain.NextPlan;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanName;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Specializations;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "I got promoted": the day the plan's target was reached, and the next plan Ascent offers from
 * there (the next level on the same track, same specialization, ratings as a starting point),
 * which the user may rename, aim elsewhere or not start now.
 */
public class ReachedViewModel {

    private final PlanSnapshot view;
    private final Collection<String> planNames;
    private final LocalDate today;
    private final List<Level> targets;

    // Properties
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final BooleanProperty startNext = new SimpleBooleanProperty();
    private final BooleanProperty dateUnreadable = new SimpleBooleanProperty(false);
    private final StringProperty nextName = new SimpleStringProperty("");
    private final ObjectProperty<Level> nextTarget = new SimpleObjectProperty<>();
    private final StringBinding dateProblem;
    private final StringBinding nameProblem;
    private final BooleanBinding applicable;

    /** {@code planNames}: the names the database's plans have, so the suggested name is free. */
    public ReachedViewModel(PlanSnapshot view, Collection<String> planNames, LocalDate today) {
        this.view = view;
        this.planNames = planNames;
        this.today = today;
        this.targets = NextPlan.targets(view.framework(), view.plan());
        date.set(today);
        Optional<Level> offer = NextPlan.target(view.framework(), view.plan());
        offer.ifPresent(level -> {
            nextTarget.set(level);
            nextName.set(NextPlan.name(level, planNames::contains));
            startNext.set(true);
        });
        dateProblem = Bindings.createStringBinding(this::dateProblem, date);
        nameProblem = Bindings.createStringBinding(this::nameProblem, nextName, startNext);
        applicable = Bindings.createBooleanBinding(
                () -> dateProblem.get().isEmpty()
                        && date.get() != null
                        && !dateUnreadable.get()
                        && (!startNext.get() || nameProblem.get().isEmpty() && nextTarget.get() != null),
                dateProblem,
                date,
                dateUnreadable,
                startNext,
                nameProblem,
                nextTarget);
    }

    private String dateProblem() {
        LocalDate d = date.get();
        if (d == null) {
            return I18n.t("reached.error.noDate");
        }
        if (d.isAfter(today)) {
            return I18n.t("plan.error.reachedFuture", I18n.date(d));
        }
        try {
            InputRules.requireDateInRange(d, "input.field.reachedOn");
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private String nameProblem() {
        if (!startNext.get()) {
            return "";
        }
        String problem = PlanName.problem(nextName.get());
        if (!problem.isEmpty()) {
            return problem;
        }
        return planNames.contains(nextName.get().strip())
                ? I18n.t("plan.error.nameTaken", nextName.get().strip())
                : "";
    }

    /** "Road to Senior PM, from Product Manager to Senior PM". */
    public String reachedText() {
        Plan plan = view.plan();
        return I18n.t(
                "reached.intro",
                plan.name(),
                view.framework().level(plan.targetLevelId()).map(Level::title).orElse(plan.targetLevelId()));
    }

    /** What the next plan takes with it, and what stays with this one. */
    public String carryText() {
        return I18n.t(
                "reached.carry",
                Specializations.shown(view.framework(), view.plan().specializationId())
                        .title());
    }

    /** Whether there is a level above to aim at (not at the top of the ladder). */
    public boolean hasNext() {
        return !targets.isEmpty();
    }

    public List<Level> targets() {
        return targets;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public BooleanProperty startNextProperty() {
        return startNext;
    }

    public StringProperty nextNameProperty() {
        return nextName;
    }

    public ObjectProperty<Level> nextTargetProperty() {
        return nextTarget;
    }

    /** True while the date field holds text that is no date: nothing is applied until it is mended. */
    public BooleanProperty dateUnreadableProperty() {
        return dateUnreadable;
    }

    public StringBinding dateProblemProperty() {
        return dateProblem;
    }

    public StringBinding nameProblemProperty() {
        return nameProblem;
    }

    public BooleanBinding applicableProperty() {
        return applicable;
    }

    // Commands

    public LocalDate date() {
        return date.get();
    }

    /** The next plan to start, when asked for: from the level reached, same specialization. */
    public Optional<PlanDraft> next() {
        if (!startNext.get() || nextTarget.get() == null) {
            return Optional.empty();
        }
        Plan plan = view.plan();
        return Optional.of(new PlanDraft(
                nextName.get(),
                plan.frameworkId(),
                plan.targetLevelId(),
                nextTarget.get().id(),
                plan.specializationId(),
                Optional.empty()));
    }
}
