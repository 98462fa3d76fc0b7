package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Milestone;
import io.ascent.persistence.files.FrameworkReader;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqliteFrameworkRepository;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.service.FrameworkService;
import io.ascent.service.PlanService;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.Preferences;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.framework.FrameworkViewModel;
import io.ascent.ui.framework.FrameworkViewModel.Cell;
import io.ascent.ui.framework.SpecializationFilter;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.StatusLine;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkViewModelTest {

    @TempDir
    Path dir;

    private Database database;
    private FrameworkViewModel model;
    private final Deque<Path> chosenFiles = new ArrayDeque<>();
    private boolean hasMilestonesFile = true;
    private boolean confirmUpdates = true;
    private final List<String> confirmations = new ArrayList<>();

    private final TaskRunner sameThread = new SameThreadTaskRunner();

    private final DialogService dialogs = new DialogService() {
        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            confirmations.add(message);
            return confirmUpdates;
        }

        @Override
        public void showError(String title, String message) {}

        @Override
        public Optional<String> askText(String title, String message, String initialValue) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseOpenFile(String title, String description, List<String> extensions) {
            return Optional.ofNullable(chosenFiles.poll());
        }

        @Override
        public boolean ask(String title, String message, String yesLabel, String noLabel) {
            return hasMilestonesFile;
        }

        @Override
        public Optional<Path> chooseDatabase(Path current) {
            return Optional.empty();
        }

        @Override
        public void openLink(String link) {}

        @Override
        public void showShortcuts(List<String[]> rows) {}

        @Override
        public Optional<Preferences> editPreferences(Preferences current) {
            return Optional.empty();
        }
    };

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("ascent.db"));
        SqlitePlanRepository plans = new SqlitePlanRepository(database);
        FrameworkService frameworks = new FrameworkService(
                new FrameworkReader(), new SqliteFrameworkRepository(database), plans, Clock.systemUTC());
        PlanSession session =
                new PlanSession(new PlanService(plans, frameworks, Clock.systemUTC()), sameThread, new StatusLine());
        model = new FrameworkViewModel(frameworks, session, sameThread, dialogs);
        model.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Path copy(String resource) throws Exception {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void showsTheShippedLadderWithEveryCompetencyAtFirst() {
        Framework shown = model.frameworkProperty().get();

        assertThat(shown.id()).isEqualTo("pm-default");
        assertThat(model.competencies()).hasSize(shown.competencies().size());
        assertThat(model.filters())
                .extracting(SpecializationFilter::label)
                .containsExactly(
                        "All competencies",
                        "Core only",
                        "Core + Growth",
                        "Core + User Experience",
                        "Core + Monetization");
    }

    @Test
    void coreOnlyHidesSpecializationCompetenciesAndASpecializationAddsOnlyItsOwn() {
        model.filterProperty().set(SpecializationFilter.CORE);
        // CHANGES.md: 17 core competencies, Growth adds 4.
        assertThat(model.competencies()).allMatch(Competency::isCore).hasSize(17);

        model.filterProperty().set(model.filters().get(2));
        assertThat(model.competencies())
                .hasSize(21)
                .filteredOn(c -> !c.isCore())
                .allMatch(c -> c.specializationId().orElseThrow().equals("growth"));
    }

    @Test
    void selectingACellListsTheMilestonesOfThatCompetencyAtThatLevel() {
        Framework f = model.frameworkProperty().get();
        Competency strategy = f.competency("product-strategy").orElseThrow();

        model.select(new Cell(strategy, f.level("senior-pm").orElseThrow()));

        assertThat(model.cellMilestones())
                .hasSizeGreaterThanOrEqualTo(3)
                .allMatch(m -> m.competencyId().equals("product-strategy")
                        && m.levelId().equals("senior-pm"));
    }

    @Test
    void aCellOfTheDefaultLadderSaysHowManyOfItsMilestonesAreNeeded() throws Exception {
        Framework f = model.frameworkProperty().get();
        Competency strategy = f.competency("product-strategy").orElseThrow();

        // CHANGES.md: three milestones in every cell from PM up, two of them required.
        assertThat(model.cellCount(strategy, f.level("principal-pm").orElseThrow()))
                .isEqualTo("2 of 3 needed");
        assertThat(model.cellCount(strategy, f.level("apm").orElseThrow())).isEqualTo("No milestones");

        // A ladder that needs every milestone of a cell says how many there are.
        chosenFiles.add(copy("/frameworks/csv/acme-pm-ladder.csv"));
        chosenFiles.add(copy("/frameworks/csv/acme-pm-milestones.csv"));
        model.importFramework();
        Framework acme = model.frameworkProperty().get();
        assertThat(acme.competencies())
                .anySatisfy(c -> assertThat(acme.levels())
                        .anySatisfy(l -> assertThat(model.cellCount(c, l)).isEqualTo("2 milestones")));
    }

    @Test
    void importingACsvMatrixWithMilestonesShowsTheResultAndTheNewLadder() throws Exception {
        chosenFiles.add(copy("/frameworks/csv/acme-pm-ladder.csv"));
        chosenFiles.add(copy("/frameworks/csv/acme-pm-milestones.csv"));

        model.importFramework();

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageIsErrorProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).startsWith("Imported \"Acme pm ladder\"");
        assertThat(model.frameworks()).extracting(Framework::id).containsExactly("pm-default", "acme-pm-ladder");
        assertThat(model.frameworkProperty().get().milestones())
                .extracting(Milestone::title)
                .hasSize(12);
    }

    @Test
    void anUpdateThatRemovesMilestonesIsStoredOnlyAfterTheUserAgrees() throws Exception {
        chosenFiles.add(copy("/frameworks/csv/acme-pm-ladder.csv"));
        chosenFiles.add(copy("/frameworks/csv/acme-pm-milestones.csv"));
        model.importFramework();
        assertThat(confirmations).as("a first import asks nothing").isEmpty();

        // when: the same ladder comes again without its milestones CSV, and the user says no
        hasMilestonesFile = false;
        confirmUpdates = false;
        chosenFiles.add(dir.resolve("acme-pm-ladder.csv"));
        model.importFramework();

        // then: the user was told what would go, and the stored ladder keeps its milestones
        assertThat(confirmations).singleElement().asString().contains("12 milestones are not in the new version");
        assertThat(model.messageProperty().get()).isEqualTo("Import cancelled. Nothing was changed.");
        assertThat(model.frameworks())
                .filteredOn(f -> f.id().equals("acme-pm-ladder"))
                .singleElement()
                .satisfies(f -> assertThat(f.milestones()).hasSize(12));

        // when: the user agrees
        confirmUpdates = true;
        chosenFiles.add(dir.resolve("acme-pm-ladder.csv"));
        model.importFramework();

        // then: the new version is stored
        assertThat(model.frameworks())
                .filteredOn(f -> f.id().equals("acme-pm-ladder"))
                .singleElement()
                .satisfies(f -> assertThat(f.milestones()).isEmpty());
    }

    @Test
    void aBrokenFileIsExplainedAndNothingIsImported() throws Exception {
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "area,competency,Junior,Senior\nCraft,Strategy,knows it,\n");
        chosenFiles.add(broken);
        hasMilestonesFile = false;

        model.importFramework();

        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.messageProperty().get())
                .isEqualTo("Nothing was imported. broken.csv: row 2: level column 'Senior' is empty");
        assertThat(model.frameworks()).extracting(Framework::id).containsExactly("pm-default");
        assertThat(model.frameworkProperty().get().id()).isEqualTo("pm-default");
    }

    @Test
    void cancellingTheFileChooserDoesNothing() {
        model.importFramework();

        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }
}
