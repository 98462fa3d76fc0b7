package io.ascent.ui.milestones;

import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.text.StatusText;
import io.ascent.text.I18n;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.ProgressEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * The checklist of the current plan, grouped by area and competency, narrowed by the filters.
 * The filtering runs on plain lists ({@link MilestoneCatalog}); the tree is rebuilt only when
 * the filter or the plan changes, and a tick replaces just the rows it changed.
 */
public class MilestonesViewModel {

    private final Choice anyStatus = new Choice("", I18n.t("milestones.anyStatus"));
    private final Choice anyCompetency = new Choice("", I18n.t("milestones.allCompetencies"));
    private final Choice anyLevel = new Choice("", I18n.t("milestones.anyLevel"));
    private final Choice anyScope = new Choice("", I18n.t("milestones.anyScope"));

    private final PlanSession session;
    private final ProgressEdits edits;
    private final MilestoneTree tree = new MilestoneTree();
    private MilestoneCatalog catalog;
    private PlanSnapshot shown;

    // Properties
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Choice> statusChoices = FXCollections.observableArrayList(
            anyStatus,
            new Choice(MilestoneStatus.TODO.name(), StatusText.of(MilestoneStatus.TODO)),
            new Choice(MilestoneStatus.IN_PROGRESS.name(), StatusText.of(MilestoneStatus.IN_PROGRESS)),
            new Choice(MilestoneStatus.DONE.name(), StatusText.of(MilestoneStatus.DONE)));
    private final ObservableList<Choice> competencyChoices = FXCollections.observableArrayList(anyCompetency);
    private final ObservableList<Choice> levelChoices = FXCollections.observableArrayList(anyLevel);
    private final ObservableList<Choice> scopeChoices = FXCollections.observableArrayList(anyScope);
    private final ObjectProperty<Choice> status = new SimpleObjectProperty<>(anyStatus);
    private final ObjectProperty<Choice> competency = new SimpleObjectProperty<>(anyCompetency);
    private final ObjectProperty<Choice> level = new SimpleObjectProperty<>(anyLevel);
    private final ObjectProperty<Choice> scope = new SimpleObjectProperty<>(anyScope);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noMatch = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper noMilestones = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper rebuilds = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper rebuilding = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper(false);
    // The milestone the user chose; kept while a filter hides it, forgotten with the plan.
    private String chosen;

    public MilestonesViewModel(PlanSession session, ProgressEdits edits) {
        this.session = session;
        this.edits = edits;
        session.currentProperty().addListener((obs, old, view) -> refresh(view));
        query.addListener((obs, old, q) -> applyFilter());
        List.of(status, competency, level, scope)
                .forEach(p -> p.addListener((obs, old, c) -> {
                    if (c == null) {
                        p.set(old);
                    } else {
                        applyFilter();
                    }
                }));
        refresh(session.currentProperty().get());
    }

    public TreeItem<MilestoneRow> root() {
        return tree.root();
    }

    public Optional<TreeItem<MilestoneRow>> item(String milestoneId) {
        return tree.item(milestoneId);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Choice> statusChoices() {
        return statusChoices;
    }

    public ObservableList<Choice> competencyChoices() {
        return competencyChoices;
    }

    public ObservableList<Choice> levelChoices() {
        return levelChoices;
    }

    public ObservableList<Choice> scopeChoices() {
        return scopeChoices;
    }

    public ObjectProperty<Choice> statusProperty() {
        return status;
    }

    public ObjectProperty<Choice> competencyProperty() {
        return competency;
    }

    public ObjectProperty<Choice> levelProperty() {
        return level;
    }

    public ObjectProperty<Choice> scopeProperty() {
        return scope;
    }

    /** "Showing 12 of 120 milestones". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True when the plan has milestones but the filters hide all of them. */
    public ReadOnlyBooleanProperty noMatchProperty() {
        return noMatch.getReadOnlyProperty();
    }

    /** True when the plan itself has no milestones to show. */
    public ReadOnlyBooleanProperty noMilestonesProperty() {
        return noMilestones.getReadOnlyProperty();
    }

    /** Counts tree rebuilds and reveals, after each of which the view shows {@link #chosenItem()}. */
    public ReadOnlyIntegerProperty rebuildsProperty() {
        return rebuilds.getReadOnlyProperty();
    }

    /**
     * True while the tree is rebuilt: the tree view then moves its selection on its own, to
     * whatever row takes the old one's place, and that is nobody's choice.
     */
    public ReadOnlyBooleanProperty rebuildingProperty() {
        return rebuilding.getReadOnlyProperty();
    }

    /** True while a filter or the search narrows the list. */
    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    /** The chosen milestone's row while the filters list it; empty when nothing is chosen or it is hidden. */
    public Optional<TreeItem<MilestoneRow>> chosenItem() {
        return chosen == null ? Optional.empty() : tree.item(chosen);
    }

    // Commands

    /** The user selected {@code milestoneId} (empty: a heading or nothing); ignored during a rebuild. */
    public void choose(Optional<String> milestoneId) {
        if (!rebuilding.get()) {
            chosen = milestoneId.orElse(null);
        }
    }

    /** Ticks an open milestone or unticks a done one. */
    public void toggle(String milestoneId) {
        session.current().ifPresent(view -> {
            boolean done = view.progressOf(milestoneId).isDone();
            edits.setStatus(milestoneId, done ? MilestoneStatus.TODO : MilestoneStatus.DONE);
        });
    }

    /** Chooses {@code milestoneId}, clearing the filters first if they hide it (a link from the dashboard). */
    public void reveal(String milestoneId) {
        if (tree.item(milestoneId).isEmpty()) {
            clearFilters();
        }
        chosen = milestoneId;
        rebuilds.set(rebuilds.get() + 1);
    }

    /** Lists only the milestones of {@code competencyId} (a gap on the dashboard), nothing else filtered. */
    public void showCompetency(String competencyId) {
        clearFilters();
        competencyChoices.stream()
                .filter(c -> c.key().equals(competencyId))
                .findFirst()
                .ifPresent(competency::set);
    }

    public void clearFilters() {
        query.set("");
        status.set(anyStatus);
        competency.set(anyCompetency);
        level.set(anyLevel);
        scope.set(anyScope);
    }

    MilestoneFilter filter() {
        return new MilestoneFilter(
                key(status).map(MilestoneStatus::valueOf),
                key(competency),
                key(level),
                scope.get().isAny()
                        ? MilestoneFilter.Scope.ALL
                        : MilestoneFilter.Scope.valueOf(scope.get().key()),
                query.get());
    }

    private static Optional<String> key(ObjectProperty<Choice> choice) {
        return choice.get().isAny()
                ? Optional.empty()
                : Optional.of(choice.get().key());
    }

    private void refresh(PlanSnapshot view) {
        if (view == null || shown != null && view.plan().id() != shown.plan().id()) {
            chosen = null;
        }
        if (view == null) {
            tree.clear();
            catalog = null;
            shown = null;
            noMilestones.set(false);
            noMatch.set(false);
        } else if (shown == null
                || view.plan().id() != shown.plan().id()
                || !view.items().equals(shown.items())) {
            boolean samePlan = shown != null && view.plan().id() == shown.plan().id();
            shown = view;
            catalog = MilestoneCatalog.of(view.framework(), view.items());
            fillChoices(view, samePlan);
            applyFilter();
        } else {
            tree.update(catalog, shown, view);
            shown = view;
        }
    }

    private void fillChoices(PlanSnapshot view, boolean samePlan) {
        Choice chosenCompetency = competency.get();
        Choice chosenLevel = level.get();
        List<Choice> competencies = new ArrayList<>(List.of(anyCompetency));
        catalog.competencies().forEach(c -> competencies.add(new Choice(c.id(), c.title())));
        List<Choice> levels = new ArrayList<>(List.of(anyLevel));
        catalog.levels().forEach(l -> levels.add(new Choice(l.id(), l.title())));
        String spec = view.framework()
                .specialization(view.plan().specializationId())
                .map(s -> s.title())
                .orElse("");
        List<Choice> scopes = List.of(
                anyScope,
                new Choice(MilestoneFilter.Scope.CORE.name(), I18n.t("milestones.coreOnly")),
                new Choice(MilestoneFilter.Scope.SPECIALIZATION.name(), I18n.t("milestones.specializationOnly", spec)));
        competencyChoices.setAll(competencies);
        levelChoices.setAll(levels);
        scopeChoices.setAll(scopes);
        // Another plan may not have the chosen competency or level: start it unfiltered. The same
        // plan with a milestone added or edited keeps the filters that still fit it.
        if (samePlan && competencies.contains(chosenCompetency) && levels.contains(chosenLevel)) {
            competency.set(chosenCompetency);
            level.set(chosenLevel);
        } else {
            clearFilters();
        }
    }

    private void applyFilter() {
        if (catalog == null || shown == null) {
            return;
        }
        PlanSnapshot view = session.current().orElse(shown);
        List<MilestoneCatalog.Entry> visible = catalog.filter(filter(), view::progressOf);
        rebuilding.set(true);
        try {
            tree.rebuild(catalog, visible, view);
        } finally {
            rebuilding.set(false);
        }
        rebuilds.set(rebuilds.get() + 1);
        filtered.set(!filter().isNone());
        shown = view;
        noMilestones.set(catalog.size() == 0);
        noMatch.set(catalog.size() > 0 && visible.isEmpty());
        summary.set(
                visible.size() == catalog.size()
                        ? I18n.t("milestones.count", catalog.size())
                        : I18n.t("milestones.showing", visible.size(), catalog.size()));
    }
}
