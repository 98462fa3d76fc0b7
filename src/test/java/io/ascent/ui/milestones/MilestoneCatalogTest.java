package io.ascent.ui.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.TestFrameworks;
import io.ascent.domain.Framework;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Requirements;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MilestoneCatalogTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);
    private static final Framework SMALL = TestFrameworks.small();
    // A Growth plan from level A to level C.
    private static final List<Milestone> REQUIRED =
            Requirements.of(SMALL, "a", "c", "growth").items();
    private static final Map<String, MilestoneProgress> PROGRESS = Map.of(
            "core1.b.1", MilestoneProgress.todo("core1.b.1").withStatus(MilestoneStatus.DONE, DAY),
            "core2.b.1", MilestoneProgress.todo("core2.b.1").withStatus(MilestoneStatus.IN_PROGRESS, DAY));

    private static List<String> ids(List<MilestoneCatalog.Entry> entries) {
        return entries.stream().map(e -> e.milestone().id()).toList();
    }

    private static Optional<String> opt(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    @ParameterizedTest(name = "status={0} competency={1} level={2} scope={3} query=\"{4}\" -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -           | -     | - | ALL            | -             | core1.b.1 core1.b.2 core1.c.1 core2.b.1 core2.c.1 grow.b.1 grow.c.1
            DONE        | -     | - | ALL            | -             | core1.b.1
            IN_PROGRESS | -     | - | ALL            | -             | core2.b.1
            TODO        | -     | - | ALL            | -             | core1.b.2 core1.c.1 core2.c.1 grow.b.1 grow.c.1
            -           | core1 | - | ALL            | -             | core1.b.1 core1.b.2 core1.c.1
            -           | -     | c | ALL            | -             | core1.c.1 core2.c.1 grow.c.1
            -           | -     | - | CORE           | -             | core1.b.1 core1.b.2 core1.c.1 core2.b.1 core2.c.1
            -           | -     | - | SPECIALIZATION | -             | grow.b.1 grow.c.1
            -           | -     | - | ALL            | at b          | core1.b.1 core1.b.2 core2.b.1 grow.b.1
            -           | -     | - | ALL            | '  CORE  ONE ' | core1.b.1 core1.b.2 core1.c.1
            -           | -     | - | ALL            | second one    | core1.b.2
            TODO        | core1 | b | CORE           | first         | ''
            -           | -     | - | SPECIALIZATION | core          | ''
            -           | -     | - | ALL            | zzz           | ''
            """)
    void filterKeepsOnlyMatchingMilestonesInDisplayOrder(
            String status,
            String competency,
            String level,
            MilestoneFilter.Scope scope,
            String query,
            String expected) {
        MilestoneCatalog catalog = MilestoneCatalog.of(SMALL, REQUIRED);
        MilestoneFilter filter = new MilestoneFilter(
                opt(status).map(MilestoneStatus::valueOf), opt(competency), opt(level), scope, query);

        List<MilestoneCatalog.Entry> shown =
                catalog.filter(filter, id -> PROGRESS.getOrDefault(id, MilestoneProgress.todo(id)));

        List<String> want = expected.isBlank() ? List.of() : Arrays.asList(expected.split(" "));
        assertThat(ids(shown)).containsExactlyElementsOf(want);
    }

    @Test
    void searchLooksIntoDescriptionsToo() {
        Framework big = BigFramework.of(40);
        MilestoneCatalog catalog = MilestoneCatalog.of(big, big.milestones());

        var shown = catalog.filter(
                new MilestoneFilter(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        MilestoneFilter.Scope.ALL,
                        "retention-17"),
                MilestoneProgress::todo);

        assertThat(ids(shown)).containsExactly("m17");
    }

    @Test
    void milestonesAreGroupedByAreaThenCompetencyWhateverTheirFrameworkOrder() {
        Framework big = BigFramework.of(60);
        MilestoneCatalog catalog = MilestoneCatalog.of(big, big.milestones());

        List<String> areas = catalog.entries().stream()
                .map(e -> e.competency().area())
                .distinct()
                .toList();
        List<String> competencies = catalog.entries().stream()
                .map(e -> e.competency().id())
                .distinct()
                .toList();

        assertThat(areas).containsExactly("Area 0", "Area 1", "Area 2");
        assertThat(competencies).hasSize(big.competencies().size());
        assertThat(catalog.size()).isEqualTo(60);
    }

    @Test
    void competencyAndLevelChoicesListOnlyWhatThePlanContains() {
        MilestoneCatalog catalog = MilestoneCatalog.of(SMALL, REQUIRED);

        assertThat(catalog.competencies()).extracting(c -> c.id()).containsExactly("core1", "core2", "grow");
        assertThat(catalog.levels()).extracting(l -> l.id()).containsExactly("b", "c");
    }

    @Test
    void typingNarrowsFiveThousandMilestonesKeystrokeByKeystroke() {
        Framework big = BigFramework.of(5_000);
        MilestoneCatalog catalog = MilestoneCatalog.of(big, big.milestones());
        Map<String, MilestoneProgress> progress =
                Map.of("m3", MilestoneProgress.todo("m3").withStatus(MilestoneStatus.DONE, DAY));
        String[] typed = {"r", "re", "ret", "rete", "reten", "retention", "retention 4", "retention 49"};
        MilestoneFilter.Scope scope = MilestoneFilter.Scope.ALL;
        int last = 0;
        for (String q : typed) {
            last = catalog.filter(
                            new MilestoneFilter(
                                    Optional.of(MilestoneStatus.TODO), Optional.empty(), Optional.empty(), scope, q),
                            id -> progress.getOrDefault(id, MilestoneProgress.todo(id)))
                    .size();
        }

        assertThat(last).isEqualTo(199);
    }
}
