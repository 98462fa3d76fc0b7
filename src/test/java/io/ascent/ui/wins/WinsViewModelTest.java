package io.ascent.ui.wins;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.Win;
import io.ascent.service.PlanFixture;
import io.ascent.ui.RecordingDialogs;
import io.ascent.ui.SameThreadTaskRunner;
import io.ascent.ui.milestones.Choice;
import io.ascent.ui.session.EditHistory;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.StatusLine;
import io.ascent.ui.session.WinsSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WinsViewModelTest {

    @TempDir
    Path dir;

    private AppContext app;
    private final StatusLine status = new StatusLine();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Deque<Optional<Win>> editorAnswers = new ArrayDeque<>();
    private EditHistory history;
    private WinsSession wins;
    private WinsViewModel model;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("a.db"), PlanFixture.CLOCK);
        long id = app.plans()
                .create(new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                .id();
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        PlanSession session = new PlanSession(app.plans(), runner, status);
        session.load(Optional.of(id));
        history = new EditHistory(session, runner, status);
        wins = new WinsSession(session, app.wins(), runner, status, history);
        model = new WinsViewModel(session, wins, form -> editorAnswers.pop(), dialogs);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void loggingEditingAndRemovingAreUndoable() {
        editorAnswers.push(Optional.of(Win.of(LocalDate.of(2026, 11, 1), "Shipped search")));
        model.add();
        assertThat(model.shown()).extracting(Win::title).containsExactly("Shipped search");

        Win shown = model.shown().get(0);
        editorAnswers.push(Optional.of(shown.withStory("With data science.")));
        model.edit(shown);
        assertThat(model.shown().get(0).story()).isEqualTo("With data science.");

        dialogs.confirmAnswer = true;
        model.remove(model.shown().get(0));
        assertThat(model.shown()).isEmpty();

        history.undo();
        assertThat(model.shown()).extracting(Win::story).containsExactly("With data science.");
        history.undo();
        assertThat(model.shown()).extracting(Win::story).containsExactly("");
        history.undo();
        assertThat(model.shown()).isEmpty();
        assertThat(app.wins().wins(app.plans().plans().get(0).id())).isEmpty();
    }

    @Test
    void theFilterNarrowsAsTheUserTypesAndByCompetency() {
        editorAnswers.push(Optional.of(Win.of(LocalDate.of(2026, 3, 1), "Pricing test")
                .withTags(List.of("growth-experimentation"), List.of())));
        model.add();
        editorAnswers.push(Optional.of(Win.of(LocalDate.of(2026, 4, 1), "Hiring loop")));
        model.add();

        model.searchProperty().set("PRIC");
        assertThat(model.shown()).extracting(Win::title).containsExactly("Pricing test");
        assertThat(model.countText().get()).isEqualTo("1 of 2 wins");
        model.clearFilters();
        model.competencyProperty().set(new Choice("growth-experimentation", "Experimentation"));
        assertThat(model.shown()).extracting(Win::title).containsExactly("Pricing test");
        model.clearFilters();
        model.fromProperty().set(LocalDate.of(2026, 3, 15));
        assertThat(model.shown()).extracting(Win::title).containsExactly("Hiring loop");
    }

    @Test
    void aBragDocumentIsPreviewedAddedOnlyWhenAgreedAndUndoneAsOne() throws Exception {
        Path file = Files.writeString(
                dir.resolve("brag.md"), "## 2026-03\n\n- Shipped search\n- Ran the pricing test\n- Hired a PM\n");
        dialogs.openAnswer = Optional.of(file);

        dialogs.confirmAnswer = false;
        model.importBrag();
        assertThat(model.shown()).isEmpty();
        assertThat(dialogs.asked)
                .anyMatch(a -> a.startsWith("3 wins from brag.md, from Mar 1, 2026 to Mar 1, 2026.")
                        && a.contains("Shipped search"));

        dialogs.confirmAnswer = true;
        model.importBrag();
        assertThat(model.shown()).hasSize(3);
        assertThat(status.statusProperty().get()).isEqualTo("Imported 3 wins from brag.md.");

        history.undo();
        assertThat(model.shown()).isEmpty();
    }
}
