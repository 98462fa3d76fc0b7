package io.ascent.ui.framework;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.Requirements;
import io.ascent.service.FrameworkImportResult;
import io.ascent.service.FrameworkService;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.PlanSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The framework browser: which ladder is shown, through which specialization filter, which cell
 * is selected and its milestones; and the import of a ladder from JSON or CSV in the background.
 */
public class FrameworkViewModel {

    /** One cell of the matrix: a competency at a level. */
    public record Cell(Competency competency, Level level) {}

    private final FrameworkService service;
    private final PlanSession session;
    private final TaskRunner runner;
    private final DialogService dialogs;

    // Properties
    private final ObservableList<Framework> frameworks = FXCollections.observableArrayList();
    private final ObjectProperty<Framework> framework = new SimpleObjectProperty<>();
    private final ObservableList<SpecializationFilter> filters = FXCollections.observableArrayList();
    private final ObjectProperty<SpecializationFilter> filter = new SimpleObjectProperty<>(SpecializationFilter.ALL);
    private final ObservableList<Competency> competencies = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Cell> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Milestone> cellMilestones = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private boolean keepShown;

    public FrameworkViewModel(FrameworkService service, PlanSession session, TaskRunner runner, DialogService dialogs) {
        this.service = service;
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        framework.addListener((obs, old, f) -> {
            if (f == null) {
                // A chooser clears its value while its items change; the next value follows.
                return;
            }
            filters.setAll(SpecializationFilter.choicesFor(f));
            filter.set(null);
            filter.set(SpecializationFilter.ALL);
            select(null);
            updateCompetencies();
        });
        filter.addListener((obs, old, f) -> {
            if (f == null) {
                return;
            }
            updateCompetencies();
            Cell cell = selected.get();
            if (cell != null && !competencies.contains(cell.competency())) {
                select(null);
            }
        });
        frameworks.setAll(shown(service.installed()));
        framework.set(initialChoice(frameworks));
    }

    /** The ladders as the user reads them, in the window's language. */
    private static List<Framework> shown(List<Framework> list) {
        return list.stream().map(f -> f.in(I18n.locale())).toList();
    }

    private Framework initialChoice(List<Framework> list) {
        String planFramework =
                session.current().map(v -> v.plan().frameworkId()).orElse("");
        return list.stream()
                .filter(f -> f.id().equals(planFramework))
                .findFirst()
                .orElse(list.isEmpty() ? null : list.get(0));
    }

    private void updateCompetencies() {
        Framework f = framework.get();
        SpecializationFilter current = filter.get() == null ? SpecializationFilter.ALL : filter.get();
        competencies.setAll(
                f == null
                        ? List.of()
                        : f.competencies().stream().filter(current::shows).toList());
    }

    public ObservableList<Framework> frameworks() {
        return frameworks;
    }

    public ObjectProperty<Framework> frameworkProperty() {
        return framework;
    }

    public ObservableList<SpecializationFilter> filters() {
        return filters;
    }

    public ObjectProperty<SpecializationFilter> filterProperty() {
        return filter;
    }

    /** The rows of the matrix in framework order; the view groups them by area. */
    public ObservableList<Competency> competencies() {
        return competencies;
    }

    public ReadOnlyObjectProperty<Cell> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObservableList<Milestone> cellMilestones() {
        return cellMilestones;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** What a matrix cell says of its milestones: "2 of 3 needed" when some are alternatives, else "3 milestones". */
    public String cellCount(Competency competency, Level level) {
        long milestones = milestoneCount(competency, level);
        int needed = neededCount(competency, level);
        return needed < milestones
                ? I18n.t("framework.matrix.needed", needed, milestones)
                : I18n.t("framework.matrix.count", milestones);
    }

    /** How many of the cell's milestones are needed to demonstrate it ("2 of 3"); see {@link Requirements#needed}. */
    public int neededCount(Competency competency, Level level) {
        Framework f = framework.get();
        return f == null ? 0 : Requirements.needed(f, competency, level.id(), (int) milestoneCount(competency, level));
    }

    /** How many milestones prove {@code competency} at {@code level}. */
    public long milestoneCount(Competency competency, Level level) {
        Framework f = framework.get();
        return f == null
                ? 0
                : f.milestones().stream()
                        .filter(m -> m.competencyId().equals(competency.id())
                                && m.levelId().equals(level.id()))
                        .count();
    }

    // Commands

    public void select(Cell cell) {
        Framework f = framework.get();
        cellMilestones.setAll(
                cell == null || f == null
                        ? List.of()
                        : f.milestones().stream()
                                .filter(m -> m.competencyId()
                                                .equals(cell.competency().id())
                                        && m.levelId().equals(cell.level().id()))
                                .toList());
        selected.set(cell);
    }

    /** Reads the installed frameworks from the database. */
    public void load() {
        runner.run(
                () -> shown(service.frameworks()),
                list -> {
                    // The first time, show the open plan's ladder, unless an import already chose one.
                    String shown = !keepShown || framework.get() == null
                            ? ""
                            : framework.get().id();
                    keepShown = true;
                    if (!frameworks.equals(list)) {
                        frameworks.setAll(list);
                    }
                    framework.set(list.stream()
                            .filter(f -> f.id().equals(shown))
                            .findFirst()
                            .orElse(initialChoice(list)));
                    service.problems().stream().findFirst().ifPresent(problem -> {
                        messageIsError.set(true);
                        message.set(I18n.t("framework.loadProblem", problem));
                    });
                },
                error -> {
                    messageIsError.set(true);
                    message.set(Messages.of(error));
                });
    }

    /** Asks for a JSON file or a CSV matrix (and its optional milestones CSV) and imports it. */
    public void importFramework() {
        Optional<Path> file = dialogs.chooseOpenFile(
                I18n.t("framework.import.title"), I18n.t("framework.import.files"), List.of("*.json", "*.csv"));
        if (file.isEmpty()) {
            return;
        }
        Path chosen = file.get();
        String name = chosen.getFileName().toString();
        Optional<Path> milestones = Optional.empty();
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            milestones = dialogs.ask(
                            I18n.t("framework.import.milestones.title"),
                            I18n.t("framework.import.milestones.message", name),
                            I18n.t("framework.import.milestones.yes"),
                            I18n.t("framework.import.milestones.no"))
                    ? dialogs.chooseOpenFile(
                            I18n.t("framework.import.milestones.choose", name),
                            I18n.t("framework.import.csvFiles"),
                            List.of("*.csv"))
                    : Optional.empty();
        }
        Optional<Path> milestonesFile = milestones;
        busy.set(true);
        messageIsError.set(false);
        message.set(I18n.t("framework.import.running", name));
        runner.run(() -> service.preview(service.read(chosen, milestonesFile)), this::confirmAndInstall, this::fail);
    }

    /** An update that removes milestones is stored only after the user agrees; nothing else asks. */
    private void confirmAndInstall(FrameworkImportResult preview) {
        if (preview.isUpdate()
                && !preview.removed().isEmpty()
                && !dialogs.confirm(
                        I18n.t(
                                "framework.import.confirm.title",
                                preview.framework().name()),
                        I18n.t(
                                "framework.import.confirm.message",
                                preview.previousVersion().orElse("?"),
                                preview.framework().version(),
                                preview.removed().size(),
                                preview.added().size(),
                                preview.framework().milestones().size()),
                        I18n.t("framework.import.confirm.ok"))) {
            busy.set(false);
            messageIsError.set(false);
            message.set(I18n.t("framework.import.cancelled"));
            return;
        }
        runner.run(() -> service.install(preview.framework()), this::imported, this::fail);
    }

    private void imported(FrameworkImportResult result) {
        busy.set(false);
        messageIsError.set(false);
        message.set(result.summary());
        keepShown = true;
        frameworks.setAll(shown(service.installed()));
        framework.set(null);
        framework.set(result.framework().in(I18n.locale()));
        if (session.current()
                .filter(v -> v.plan().frameworkId().equals(result.framework().id()))
                .isPresent()) {
            session.refresh();
        }
    }

    private void fail(Throwable error) {
        busy.set(false);
        messageIsError.set(true);
        message.set(I18n.t("framework.import.failed", Messages.of(error)));
    }
}
