package io.ascent.ui.milestones;

import io.ascent.domain.Cell;
import io.ascent.domain.Competency;
import io.ascent.domain.InputRules;
import io.ascent.domain.Level;
import io.ascent.domain.OwnMilestone;
import io.ascent.domain.OwnMilestoneDraft;
import io.ascent.domain.PlanLevels;
import io.ascent.domain.PlanSnapshot;
import io.ascent.text.I18n;
import java.time.LocalDate;
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
 * The form of a milestone of the user's own: where it goes (a competency of the plan at a level
 * the plan climbs through; fixed once added), its title and description, whether it is optional,
 * and a due date when it is added. Says what it does to its cell ("will need 4 of 5").
 */
public class OwnMilestoneForm {

    private final PlanSnapshot view;
    private final Optional<OwnMilestone> editing;
    private final List<Competency> competencies;
    private final List<Level> levels;

    // Properties
    private final ObjectProperty<Competency> competency = new SimpleObjectProperty<>();
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final BooleanProperty optional = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>();
    // Typed text in the due date field that is no date: the form waits until it is mended or emptied.
    private final BooleanProperty dueUnreadable = new SimpleBooleanProperty(false);
    private final StringBinding titleProblem;
    private final StringBinding dateProblem;
    private final StringBinding cellHint;
    private final BooleanBinding valid;

    private OwnMilestoneForm(PlanSnapshot view, Optional<OwnMilestone> editing) {
        this.view = view;
        this.editing = editing;
        competencies = view.framework().competenciesFor(view.plan().specializationId());
        levels = PlanLevels.cellLevels(
                view.framework(), view.plan().currentLevelId(), view.plan().targetLevelId());
        titleProblem = Bindings.createStringBinding(
                () -> title.get().isBlank() ? "" : OwnMilestone.titleProblem(title.get()), title);
        dateProblem = Bindings.createStringBinding(this::dueProblem, dueDate);
        cellHint = Bindings.createStringBinding(this::cellHint, competency, level, optional);
        valid = Bindings.createBooleanBinding(
                () -> competency.get() != null
                        && level.get() != null
                        && OwnMilestone.titleProblem(title.get()).isEmpty()
                        && dateProblem.get().isEmpty()
                        && !dueUnreadable.get(),
                competency,
                level,
                title,
                dateProblem,
                dueUnreadable);
    }

    /** A new milestone, in the given competency and level if they are the plan's. */
    public static OwnMilestoneForm adding(PlanSnapshot view, Optional<String> competencyId, Optional<String> levelId) {
        OwnMilestoneForm form = new OwnMilestoneForm(view, Optional.empty());
        form.competency.set(form.competencies.stream()
                .filter(c -> competencyId.filter(c.id()::equals).isPresent())
                .findFirst()
                .orElse(null));
        form.level.set(form.levels.stream()
                .filter(l -> levelId.filter(l.id()::equals).isPresent())
                .findFirst()
                .orElse(form.levels.size() == 1 ? form.levels.get(0) : null));
        return form;
    }

    /** An own milestone of the plan, to change its words or its optional mark. */
    public static OwnMilestoneForm editing(PlanSnapshot view, OwnMilestone milestone) {
        OwnMilestoneForm form = new OwnMilestoneForm(view, Optional.of(milestone));
        form.competency.set(
                view.framework().competency(milestone.competencyId()).orElse(null));
        form.level.set(view.framework().level(milestone.levelId()).orElse(null));
        form.title.set(milestone.title());
        form.description.set(milestone.description());
        form.optional.set(milestone.optional());
        return form;
    }

    private String dueProblem() {
        if (dueDate.get() == null) {
            return "";
        }
        try {
            InputRules.requireDateInRange(dueDate.get(), "input.field.dueDate");
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** "Product strategy at Senior PM will need 4 of 5." for the chosen cell and optional mark. */
    private String cellHint() {
        if (competency.get() == null || level.get() == null) {
            return I18n.t("own.hint.choose");
        }
        Optional<Cell> cell = view.requirements().cellsOf(competency.get().id()).stream()
                .filter(c -> c.level().id().equals(level.get().id()))
                .findFirst();
        int items = cell.map(c -> c.items().size()).orElse(0);
        int required = cell.map(Cell::required).orElse(0);
        boolean counted = editing.isPresent();
        if (counted) {
            // The milestone is in the cell already, counted as it was stored.
            items--;
            required -= editing.get().optional() ? 0 : 1;
        }
        int needs = required + (optional.get() ? 0 : 1);
        return I18n.t(
                optional.get() ? "own.hint.optional" : "own.hint.required",
                competency.get().title(),
                level.get().title(),
                needs,
                items + 1);
    }

    public boolean isAdding() {
        return editing.isEmpty();
    }

    public List<Competency> competencies() {
        return competencies;
    }

    public List<Level> levels() {
        return levels;
    }

    public ObjectProperty<Competency> competencyProperty() {
        return competency;
    }

    public ObjectProperty<Level> levelProperty() {
        return level;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public BooleanProperty optionalProperty() {
        return optional;
    }

    public ObjectProperty<LocalDate> dueDateProperty() {
        return dueDate;
    }

    /** Why the title cannot be saved (empty while it is still empty: the form then just waits). */
    public StringBinding titleProblemProperty() {
        return titleProblem;
    }

    /** True while the due date field holds text that is no date; bound to the field. */
    public BooleanProperty dueUnreadableProperty() {
        return dueUnreadable;
    }

    public StringBinding dateProblemProperty() {
        return dateProblem;
    }

    /** What the milestone does to its cell: one more needed, or one more way. */
    public StringBinding cellHintProperty() {
        return cellHint;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    // Commands

    /** The new milestone as the service takes it. */
    public OwnMilestoneDraft draft() {
        return new OwnMilestoneDraft(
                competency.get().id(),
                level.get().id(),
                title.get(),
                description.get(),
                optional.get(),
                Optional.ofNullable(dueDate.get()));
    }

    /** The edited milestone: same id, cell and date added. */
    public OwnMilestone edited() {
        return editing.orElseThrow().edited(title.get(), description.get(), optional.get());
    }
}
