package io.ascent.ui.setup;

import io.ascent.domain.Framework;
import io.ascent.domain.InputRules;
import io.ascent.domain.Level;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanChoices;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanName;
import io.ascent.domain.Requirements;
import io.ascent.domain.Specialization;
import io.ascent.domain.Specializations;
import io.ascent.domain.text.LevelWords;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The guided setup of a new plan: the choices, what is wrong with them, and whether Create may run. */
public class SetupViewModel {

    /** Targets most PMs aim for, on either path of the default ladder; the setup screen highlights them. */
    public static final Set<String> HIGHLIGHTED_TARGETS = Set.of("senior-pm", "principal-pm", "director");

    private final List<Framework> frameworks;
    private final ObjectProperty<Framework> framework = new SimpleObjectProperty<>();
    private final Supplier<LocalDate> today;
    // "Edit plan": the date the plan has may have passed and still stay (PlanChoices.dateProblem).
    private Optional<LocalDate> keptDate = Optional.empty();

    // Properties
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Level> currentLevel = new SimpleObjectProperty<>();
    private final ObjectProperty<Level> targetLevel = new SimpleObjectProperty<>();
    private final ObjectProperty<Specialization> specialization = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> targetDate = new SimpleObjectProperty<>();
    private final BooleanProperty dateUnreadable = new SimpleBooleanProperty(false);
    private final BooleanProperty submitting = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper submitError = new ReadOnlyStringWrapper("");
    private final StringBinding nameError;
    private final StringBinding targetError;
    private final StringBinding dateError;
    private final BooleanBinding valid;
    private final StringBinding createHint;
    private final StringBinding ladderNote;

    public SetupViewModel(Framework framework, Supplier<LocalDate> today) {
        this(List.of(framework), today);
    }

    /**
     * Setup offering a choice of {@code frameworks}, shown in the user's language; the first is
     * chosen at the start.
     */
    public SetupViewModel(List<Framework> frameworks, Supplier<LocalDate> today) {
        this.frameworks = frameworks.stream().map(f -> f.in(I18n.locale())).toList();
        framework.set(this.frameworks.get(0));
        framework.addListener((obs, old, f) -> {
            currentLevel.set(null);
            targetLevel.set(null);
            specialization.set(onlyChoice(f));
        });
        specialization.set(onlyChoice(framework.get()));
        ladderNote = Bindings.createStringBinding(() -> ladderNote(framework.get()), framework);
        this.today = today;
        nameError = Bindings.createStringBinding(() -> name.get().isEmpty() ? "" : PlanName.problem(name.get()), name);
        targetError = Bindings.createStringBinding(this::targetProblem, currentLevel, targetLevel);
        dateError =
                Bindings.createStringBinding(() -> dateProblem(targetDate.get(), today.get(), keptDate), targetDate);
        valid = Bindings.createBooleanBinding(
                () -> PlanName.problem(name.get()).isEmpty()
                        && currentLevel.get() != null
                        && targetLevel.get() != null
                        && targetProblem().isEmpty()
                        && specialization.get() != null
                        && dateError.get().isEmpty()
                        && !dateUnreadable.get(),
                name,
                currentLevel,
                targetLevel,
                specialization,
                targetDate,
                dateError,
                dateUnreadable);
        createHint = Bindings.createStringBinding(
                this::missing, valid, submitting, name, currentLevel, targetLevel, specialization);
        currentLevel.addListener((obs, old, level) -> {
            if (targetLevel.get() != null && level != null && !PlanChoices.canTarget(level, targetLevel.get())) {
                targetLevel.set(null);
            }
        });
        name.addListener((obs, old, value) -> submitError.set(""));
    }

    private static String dateProblem(LocalDate date, LocalDate today, Optional<LocalDate> kept) {
        if (date == null) {
            return "";
        }
        return PlanChoices.dateProblem(date, today, kept)
                .map(problem ->
                        problem == PlanChoices.DateProblem.PAST ? I18n.t("setup.error.date") : rangeProblem(date))
                .orElse("");
    }

    // A typed year such as 20270 would pass "from today on" but is no plan.
    private static String rangeProblem(LocalDate date) {
        try {
            InputRules.requireDateInRange(date, "input.field.targetDate");
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** What still keeps Create from running, first thing first; empty when nothing does. */
    private String missing() {
        if (valid.get() || submitting.get()) {
            return "";
        }
        if (name.get().isBlank()) {
            return I18n.t("setup.missing.name");
        }
        if (!PlanName.problem(name.get()).isEmpty()) {
            return I18n.t("setup.missing.nameFix");
        }
        if (currentLevel.get() == null) {
            return I18n.t("setup.missing.current");
        }
        if (levels().stream().noneMatch(this::canTarget)) {
            return I18n.t("setup.missing.top", currentLevel.get().title());
        }
        if (targetLevel.get() == null || !targetProblem().isEmpty()) {
            return I18n.t("setup.missing.target");
        }
        if (specialization.get() == null) {
            return I18n.t("setup.missing.specialization");
        }
        return I18n.t("setup.missing.date");
    }

    /**
     * The setup filled with {@code plan}'s choices on its {@code framework}, for "Edit plan": the
     * same fields and the same rules, and the plan's own target date stays valid once passed.
     */
    public static SetupViewModel editing(Framework framework, Plan plan, Supplier<LocalDate> today) {
        SetupViewModel model = new SetupViewModel(framework, today);
        Framework shown = model.framework.get();
        model.keptDate = plan.targetDate();
        model.name.set(plan.name());
        model.currentLevel.set(shown.level(plan.currentLevelId()).orElse(null));
        model.targetLevel.set(shown.level(plan.targetLevelId()).orElse(null));
        model.specialization.set(model.specializations().stream()
                .filter(s -> s.id().equals(plan.specializationId()))
                .findFirst()
                .orElse(onlyChoice(shown)));
        model.targetDate.set(plan.targetDate().orElse(null));
        return model;
    }

    private String targetProblem() {
        Level current = currentLevel.get();
        Level target = targetLevel.get();
        if (current != null && target != null && !PlanChoices.canTarget(current, target)) {
            return I18n.t("setup.error.target", current.title());
        }
        return "";
    }

    /** A ladder without specializations has one choice, made for the user: its core competencies. */
    private static Specialization onlyChoice(Framework f) {
        return Specializations.coreOnly(f) ? Specializations.choices(f).get(0) : null;
    }

    /** What the setup says about the ladder itself: cells that ask nothing, if it has any. */
    private static String ladderNote(Framework f) {
        int empty = Requirements.cellsWithNothingToDemonstrate(f);
        return empty == 0 ? "" : I18n.t("setup.emptyCells", empty);
    }

    public List<Level> levels() {
        return framework.get().levels();
    }

    /** The levels as the setup lists them, under their tracks ({@link LevelGroup#of}). */
    public List<LevelGroup> levelGroups() {
        return LevelGroup.of(framework.get());
    }

    /**
     * A level as the lists show it: its title, and on a ladder with tracks the track of a level
     * that is on one ("Principal PM · Individual contributor"), so both paths are told apart.
     */
    public String levelLabel(Level level) {
        return LevelWords.withTrack(framework.get(), level);
    }

    /** E.g. "This ladder has 3 cells with nothing to demonstrate ..."; empty for most ladders. */
    public StringBinding ladderNoteProperty() {
        return ladderNote;
    }

    /** Levels that can be a target: any level above the chosen current one. */
    public boolean canTarget(Level level) {
        return currentLevel.get() == null || PlanChoices.canTarget(currentLevel.get(), level);
    }

    public List<Specialization> specializations() {
        return Specializations.choices(framework.get());
    }

    /** The installed frameworks; the view offers a choice only when there is more than one. */
    public List<Framework> frameworks() {
        return frameworks;
    }

    public ObjectProperty<Framework> frameworkProperty() {
        return framework;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Level> currentLevelProperty() {
        return currentLevel;
    }

    public ObjectProperty<Level> targetLevelProperty() {
        return targetLevel;
    }

    public ObjectProperty<Specialization> specializationProperty() {
        return specialization;
    }

    public ObjectProperty<LocalDate> targetDateProperty() {
        return targetDate;
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public StringBinding targetErrorProperty() {
        return targetError;
    }

    public StringBinding dateErrorProperty() {
        return dateError;
    }

    /** What the service said when Create failed, e.g. a duplicate name. */
    public ReadOnlyStringProperty submitErrorProperty() {
        return submitError.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /**
     * True while the date field holds text that is no date (the field itself says why): the plan
     * must not be created without the date the user meant to give it.
     */
    public BooleanProperty dateUnreadableProperty() {
        return dateUnreadable;
    }

    /** Why Create is disabled ("Pick where you are today."), empty while it is enabled. */
    public StringBinding createHintProperty() {
        return createHint;
    }

    // Commands

    public PlanDraft draft() {
        if (!valid.get()) {
            throw new IllegalStateException("the setup is not complete");
        }
        return new PlanDraft(
                name.get(),
                framework.get().id(),
                currentLevel.get().id(),
                targetLevel.get().id(),
                specialization.get().id(),
                Optional.ofNullable(targetDate.get()));
    }

    /** True from Create until the service answers, so a double click cannot create twice. */
    public BooleanProperty submittingProperty() {
        return submitting;
    }

    /** The draft to create, marking the form as submitted until {@link #rejected} or success. */
    public PlanDraft submit() {
        PlanDraft draft = draft();
        submitting.set(true);
        return draft;
    }

    public void rejected(String message) {
        submitting.set(false);
        submitError.set(message);
    }

    LocalDate today() {
        return today.get();
    }
}
