package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Win;
import io.ascent.domain.WinFilter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WinServiceTest {

    @TempDir
    Path dir;

    @Test
    void winsSurviveReopeningTheDatabaseNewestFirst() {
        long planId;
        List<Win> added;
        try (PlanFixture app = PlanFixture.open(dir.resolve("a.db"))) {
            planId = app.realisticPlan("Road");
            added = app.addWins(planId);
        }
        try (PlanFixture again = PlanFixture.open(dir.resolve("a.db"))) {
            assertThat(again.wins.wins(planId)).containsExactly(added.get(3), added.get(2), added.get(1), added.get(0));
            assertThat(added.get(0).milestoneIds()).hasSize(2);
        }
    }

    @Test
    void anEditOfAWinChangedElsewhereIsRefusedAndChangesNothing() {
        try (PlanFixture app = PlanFixture.open(dir.resolve("a.db"))) {
            long planId = app.realisticPlan("Road");
            PlanSnapshot view = app.plans.open(planId);
            Win shown = app.wins.add(view, Win.of(LocalDate.of(2026, 11, 1), "Shipped search"));
            Win elsewhere = app.wins.update(view, shown, shown.withStory("told from the command line"));

            assertThatThrownBy(() -> app.wins.update(view, shown, shown.withStory("typed in the window")))
                    .isInstanceOf(WinChangedException.class)
                    .hasMessageContaining("another window");
            assertThatThrownBy(() -> app.wins.remove(view.plan(), shown)).isInstanceOf(WinChangedException.class);
            assertThat(app.wins.wins(planId)).containsExactly(elsewhere);

            app.wins.remove(view.plan(), elsewhere);
            assertThat(app.wins.wins(planId)).isEmpty();
            assertThatThrownBy(() -> app.wins.update(view, elsewhere, elsewhere.withStory("x")))
                    .hasMessageContaining("removed");
        }
    }

    @Test
    void tagsMustBeTheLaddersAndApplyToThePlan() {
        try (PlanFixture app = PlanFixture.open(dir.resolve("a.db"))) {
            PlanSnapshot view = app.plans.open(app.realisticPlan("Road"));
            Win win = Win.of(LocalDate.of(2026, 11, 1), "t");

            assertThatThrownBy(() -> app.wins.add(view, win.withTags(List.of("juggling"), List.of())))
                    .hasMessageContaining("\"juggling\" is not a competency");
            // A UX competency on a Growth plan.
            assertThatThrownBy(() -> app.wins.add(view, win.withTags(List.of("accessibility"), List.of())))
                    .hasMessageContaining("accessibility");
            assertThatThrownBy(() -> app.wins.add(view, win.withTags(List.of(), List.of("no.such.milestone"))))
                    .hasMessageContaining("no.such.milestone");
            // A milestone of that UX competency: refused as its competency is, whatever the way in.
            assertThatThrownBy(() -> app.wins.add(view, win.withTags(List.of(), List.of("accessibility.pm.1"))))
                    .hasMessage(
                            "\"accessibility.pm.1\" is not a milestone of this plan on the ladder \"%s\".",
                            view.framework().name());
            assertThat(app.wins.wins(view.plan().id())).isEmpty();
        }
    }

    @Test
    void filterByDatesCompetencyAndText() {
        try (PlanFixture app = PlanFixture.open(dir.resolve("a.db"))) {
            long planId = app.realisticPlan("Road");
            app.addWins(planId);

            assertThat(app
                            .wins
                            .wins(
                                    planId,
                                    new WinFilter(
                                            Optional.of(LocalDate.of(2026, 10, 15)),
                                            Optional.empty(),
                                            Optional.of("communication-negotiation"),
                                            "PARTNER"))
                            .stream()
                            .map(Win::title))
                    .containsExactly("Unblocked the payments partner");
        }
    }

    @Test
    void thePlanFileKeepsEveryWinPrivateOnesIncludedAndRoundTripsExactly() throws IOException {
        try (PlanFixture source = PlanFixture.open(dir.resolve("s.db"));
                PlanFixture target = PlanFixture.open(dir.resolve("t.db"))) {
            long planId = source.realisticPlan("Road");
            source.addWins(planId);
            String json = new String(source.exports.render(planId, ExportFormat.JSON, false), StandardCharsets.UTF_8);
            assertThat(json)
                    .contains(PlanFixture.SECRET_WIN, "\"shareable\" : false", "\"before\" : \"31%\"")
                    .contains("\"wins\" : [");

            long imported = target.exports
                    .importPlan(Files.writeString(dir.resolve("plan.json"), json), Optional.empty())
                    .id();

            assertThat(new String(target.exports.render(imported, ExportFormat.JSON, false), StandardCharsets.UTF_8))
                    .isEqualTo(json);
            assertThat(target.wins.wins(imported)).hasSize(4);
        }
    }

    @Test
    void aPlanFileWithAWinTaggedWithAnotherLaddersCompetencyIsRefusedWhole() throws IOException {
        try (PlanFixture source = PlanFixture.open(dir.resolve("s.db"));
                PlanFixture target = PlanFixture.open(dir.resolve("t.db"))) {
            long planId = source.realisticPlan("Road");
            source.addWins(planId);
            String json = new String(source.exports.render(planId, ExportFormat.JSON, false), StandardCharsets.UTF_8)
                    .replace("\"communication-negotiation\"", "\"juggling\"");
            Path file = Files.writeString(dir.resolve("plan.json"), json);

            assertThatThrownBy(() -> target.exports.importPlan(file, Optional.empty()))
                    .hasMessageContaining("plan.json")
                    .hasMessageContaining("juggling");
            assertThat(target.plans.plans()).isEmpty();
        }
    }

    @Test
    void aMarkdownBragDocumentIsPreviewedThenImportedWithItsDatesAndStories() throws IOException {
        try (PlanFixture app = PlanFixture.open(dir.resolve("a.db"))) {
            PlanSnapshot view = app.plans.open(app.realisticPlan("Road"));
            Path file = Files.copy(resource("hostile/brag-ok.md"), dir.resolve("brag.md"));

            BragPreview preview = app.wins.previewImport(view, file);

            assertThat(app.wins.wins(view.plan().id()))
                    .as("nothing added by the preview")
                    .isEmpty();
            assertThat(preview.wins())
                    .extracting(Win::date, Win::title, Win::story)
                    .containsExactly(
                            tuple(LocalDate.of(2026, 3, 1), "Shipped search", "Rebuilt ranking with data science"),
                            tuple(LocalDate.of(2026, 3, 20), "Ran the pricing test", ""),
                            tuple(LocalDate.of(2026, 10, 1), "Mentored Sam to PM", ""),
                            tuple(LocalDate.of(2026, 11, 2), "Spoke at the product meetup", ""));
            assertThat(preview.summary()).isEqualTo("4 wins from brag.md, from Mar 1, 2026 to Nov 2, 2026.");

            app.wins.importWins(view, preview.wins());
            assertThat(app.wins.wins(view.plan().id())).hasSize(4);
        }
    }

    @Test
    void bulletsWithoutATitleAreListedAsLeftOutAndCodeBlocksAreNeverWins() throws IOException {
        try (PlanFixture app = PlanFixture.open(dir.resolve("a.db"))) {
            PlanSnapshot view = app.plans.open(app.realisticPlan("Road"));
            Path file = Files.writeString(
                    dir.resolve("brag.md"),
                    "## 2026-03\n- \n- 2026-03-05\n-\n- Shipped search\n```\n2026-04-01: inside code fence\n"
                            + "- 2026-04-02 code bullet\n```\n~~~\n## 2026-05\n~~~\n- Ran the pricing test\n");

            BragPreview preview = app.wins.previewImport(view, file);

            assertThat(preview.wins())
                    .extracting(Win::date, Win::title, Win::story)
                    .containsExactly(
                            tuple(
                                    LocalDate.of(2026, 3, 1),
                                    "Shipped search",
                                    "2026-04-01: inside code fence\n- 2026-04-02 code bullet\n## 2026-05"),
                            tuple(LocalDate.of(2026, 3, 1), "Ran the pricing test", ""));
            assertThat(preview.untitledLines()).containsExactly(2, 3, 4);
            assertThat(preview.summary())
                    .isEqualTo("2 wins from brag.md, from Mar 1, 2026 to Mar 1, 2026."
                            + " 3 bullets with no title are left out (line 2, 3, 4).");
        }
    }

    @Test
    void aCsvBragDocumentKeepsFormulasAsTextAndTagsCompetenciesByIdOrTitle() throws IOException {
        try (PlanFixture app = PlanFixture.open(dir.resolve("a.db"))) {
            PlanSnapshot view = app.plans.open(app.realisticPlan("Road"));
            Path file = Files.writeString(
                    dir.resolve("brag.csv"),
                    "Date,Title,Story,Competencies\n"
                            + "2026-03-02,\"=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\",+cmd|calc,"
                            + "\"Product strategy and vision; performance-metrics\"\n");

            Win win = app.wins.previewImport(view, file).wins().get(0);

            assertThat(win.title()).isEqualTo("=HYPERLINK(\"http://example.com\",\"x\")");
            assertThat(win.story()).isEqualTo("+cmd|calc");
            assertThat(win.competencyIds()).containsExactly("product-strategy", "performance-metrics");
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(WinServiceTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
