package io.ascent.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.service.ExportFormat;
import io.ascent.service.PlanFixture;
import io.ascent.ui.RecordingDialogs;
import io.ascent.ui.SameThreadTaskRunner;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.StatusLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class PlanPreviewViewModelTest {

    @TempDir
    Path dir;

    private PlanFixture fixture;
    private PlanSession session;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private PlanPreviewViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        // Preview pages are JavaFX images, which need the toolkit.
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        fixture = PlanFixture.open(dir.resolve("ascent.db"));
        fixture.realisticPlan("Road to Senior PM");
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        session = new PlanSession(fixture.plans, runner, new StatusLine());
        session.load(Optional.empty());
        // A machine without printers, whatever this one has.
        model = new PlanPreviewViewModel(
                session, fixture.exports, runner, dialogs, new PlanPrinter(runner, () -> false));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void exportWritesTheChosenFileAndLeavesNotesOutUnlessIncluded() throws IOException {
        Path without = dir.resolve("without.md");
        Path with = dir.resolve("with.md");

        dialogs.saveAnswer = Optional.of(without);
        model.exportAs(ExportFormat.MD);
        model.includeNotesProperty().set(true);
        dialogs.saveAnswer = Optional.of(with);
        model.exportAs(ExportFormat.MD);

        assertThat(dialogs.asked).contains("save Road to Senior PM.md");
        assertThat(read(without)).contains("# Road to Senior PM").doesNotContain(PlanFixture.SECRET_NOTE);
        assertThat(read(with)).contains("## Private notes", PlanFixture.SECRET_NOTE);
        assertThat(model.messageProperty().get()).isEqualTo("Exported to " + with + " (with private notes).");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void exportingOverAnExistingFileAsksFirstAndKeepsTheFileWhenDeclined() throws IOException {
        Path target = Files.writeString(dir.resolve("plan.md"), "my own notes");
        dialogs.saveAnswer = Optional.of(target);
        dialogs.confirmAnswer = false;

        model.exportAs(ExportFormat.MD);

        assertThat(dialogs.asked).contains("plan.md already exists. Replace it with this export? [Replace]");
        assertThat(read(target)).isEqualTo("my own notes");
        assertThat(dialogs.errors).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void exportingOverAnExistingFileReplacesItOnceConfirmed() throws IOException {
        Path target = Files.writeString(dir.resolve("plan.md"), "my own notes");
        dialogs.saveAnswer = Optional.of(target);
        dialogs.confirmAnswer = true;

        model.exportAs(ExportFormat.MD);

        assertThat(read(target)).contains("# Road to Senior PM");
        assertThat(model.messageProperty().get()).isEqualTo("Exported to " + target + ".");
    }

    @Test
    void exportingOverTheOpenDatabaseIsRefusedWithoutAskingToReplaceIt() throws IOException {
        Path database = dir.resolve("ascent.db");
        byte[] before = Files.readAllBytes(database);
        dialogs.saveAnswer = Optional.of(database);
        dialogs.confirmAnswer = true;

        model.exportAs(ExportFormat.JSON);

        assertThat(dialogs.asked).noneMatch(question -> question.contains("Replace"));
        assertThat(dialogs.errors).singleElement().asString().contains("it is Ascent's database");
        assertThat(Files.readAllBytes(database)).isEqualTo(before);
    }

    @Test
    void printingWithoutAPrinterOffersAPdfAndWritesItWhenAccepted() throws IOException {
        Path pdf = dir.resolve("plan.pdf");
        dialogs.confirmAnswer = true;
        dialogs.saveAnswer = Optional.of(pdf);

        model.print(null);

        assertThat(dialogs.asked).first().isEqualTo("No printer is installed. Export a PDF instead? [Export PDF]");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void printingWithoutAPrinterDoesNothingMoreWhenDeclined() {
        dialogs.confirmAnswer = false;

        model.print(null);

        assertThat(dialogs.asked).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void whatWasSaidAboutOnePlanGoesWhenAnotherOpensButAnImportIsSaidOfTheImportedPlan() throws IOException {
        long first = session.current().orElseThrow().plan().id();
        long second = fixture.realisticPlan("Second plan");
        dialogs.saveAnswer = Optional.of(dir.resolve("first.md"));
        model.exportAs(ExportFormat.MD);
        assertThat(model.messageProperty().get()).startsWith("Exported to ");

        // when: another plan is opened
        session.open(second);

        // then: the export message of the first plan is gone
        assertThat(model.messageProperty().get()).isEmpty();

        // when: a plan file is imported, which opens the imported plan
        Path file = dir.resolve("plan.json");
        Files.write(file, fixture.exports.render(first, ExportFormat.JSON, false));
        dialogs.openAnswer = Optional.of(file);
        dialogs.textAnswer = Optional.of("Imported copy");
        model.importPlan();

        // then: the import's message stays, about the plan now open
        assertThat(session.current().orElseThrow().plan().name()).isEqualTo("Imported copy");
        assertThat(model.messageProperty().get()).isEqualTo("Imported \u201cImported copy\u201d.");
    }

    @Test
    void importingATakenNameAsksForAnotherAndOpensTheImportedPlan() throws IOException {
        Path file = dir.resolve("plan.json");
        Files.write(
                file,
                fixture.exports.render(session.current().orElseThrow().plan().id(), ExportFormat.JSON, false));
        dialogs.openAnswer = Optional.of(file);
        dialogs.textAnswer = Optional.of("Copy for my manager");

        model.importPlan();

        assertThat(dialogs.asked).contains("Import under another name: Road to Senior PM (imported)");
        assertThat(session.plans())
                .extracting(p -> p.name())
                .containsExactly("Copy for my manager", "Road to Senior PM");
        assertThat(session.current().orElseThrow().plan().name()).isEqualTo("Copy for my manager");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aPlanFileImportedIntoAnEmptyDatabaseOpens() throws IOException {
        Path file = dir.resolve("plan.json");
        Files.write(
                file,
                fixture.exports.render(session.current().orElseThrow().plan().id(), ExportFormat.JSON, false));
        try (PlanFixture empty = PlanFixture.open(dir.resolve("empty.db"))) {
            SameThreadTaskRunner runner = new SameThreadTaskRunner();
            PlanSession emptySession = new PlanSession(empty.plans, runner, new StatusLine());
            emptySession.load(Optional.empty());
            PlanPreviewViewModel managers = new PlanPreviewViewModel(
                    emptySession, empty.exports, runner, dialogs, new PlanPrinter(runner, () -> false));
            dialogs.openAnswer = Optional.of(file);

            managers.importPlan();

            assertThat(emptySession.current().orElseThrow().plan().name()).isEqualTo("Road to Senior PM");
            // Eight done, in three cells of "2 of 3" (3, 3 and 2 of them): 2 + 2 + 2 count.
            assertThat(emptySession.current().orElseThrow().readiness().done()).isEqualTo(6);
        }
    }

    @Test
    void aFailedExportIsShownAndTheCommandsComeBack() {
        dialogs.saveAnswer = Optional.of(dir.resolve("missing").resolve("plan.pdf"));

        model.exportAs(ExportFormat.PDF);

        assertThat(dialogs.errors)
                .singleElement()
                .asString()
                .startsWith("Export failed: Cannot write")
                .contains("does not exist");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void thePreviewIsWrittenWhenShownAndGrowsWhenNotesAreIncluded() {
        assertThat(model.pageCountProperty().get()).isZero();

        model.setActive(true);
        int pages = model.pageCountProperty().get();
        model.includeNotesProperty().set(true);

        assertThat(pages).isGreaterThan(5);
        assertThat(model.pageCountProperty().get()).isEqualTo(pages + 1);
    }
}
