package io.ascent.ui.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.TestFrameworks;
import io.ascent.domain.Framework;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Readiness;
import io.ascent.domain.Requirements;
import io.ascent.domain.text.NeedWords;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MilestoneTreeTest {

    private static final Framework BIG = BigFramework.of(5_000);
    private static final Plan PLAN =
            new Plan(1, "Big plan", "big", "a", "c", "growth", Optional.empty(), Instant.EPOCH, Instant.EPOCH);
    private static final Requirements REQUIREMENTS = Requirements.of(BIG, PLAN);

    private static PlanSnapshot view(Map<String, MilestoneProgress> progress) {
        return PlanSnapshot.of(PLAN, BIG, REQUIREMENTS, progress);
    }

    @Test
    void fiveThousandMilestonesAreGroupedUnderAreaAndCompetencyHeadings() {
        MilestoneCatalog catalog = MilestoneCatalog.of(BIG, BIG.milestones());
        MilestoneTree tree = new MilestoneTree();
        PlanSnapshot view = view(Map.of());
        tree.rebuild(catalog, catalog.entries(), view);

        assertThat(tree.root().getChildren()).hasSize(3);
        assertThat(tree.root().getChildren().get(0).getChildren()).hasSize(10);
        assertThat(tree.item("m4999")).isPresent();
    }

    @Test
    void aTickUpdatesItsRowAndTheCountsOfItsCompetencyAndArea() {
        MilestoneCatalog catalog = MilestoneCatalog.of(BIG, BIG.milestones());
        MilestoneTree tree = new MilestoneTree();
        PlanSnapshot before = view(Map.of());
        tree.rebuild(catalog, catalog.entries(), before);
        Map<String, MilestoneProgress> progress = new HashMap<>();
        progress.put("m31", MilestoneProgress.todo("m31").withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 1, 2)));

        tree.update(catalog, before, view(progress));

        var item = tree.item("m31").orElseThrow();
        assertThat(((MilestoneRow.ItemRow) item.getValue()).progress().isDone()).isTrue();
        var competency = (MilestoneRow.CompetencyRow) item.getParent().getValue();
        var area = (MilestoneRow.AreaRow) item.getParent().getParent().getValue();
        assertThat(competency.competency().id()).isEqualTo("c1");
        assertThat(competency.readiness().done()).isEqualTo(1);
        assertThat(area.readiness().done()).isEqualTo(1);
        // Area 1 holds c1, c4, ..., c28; of 5,000 milestones dealt round-robin over 30
        // competencies, c0-c19 get 167 and c20-c29 get 166: 7 x 167 + 3 x 166.
        assertThat(area.items()).isEqualTo(1_667);
    }

    @Test
    void competencyHeadingsCountRequiredSlotsAndTheItemsThatCanFillThem() {
        Framework ladder = TestFrameworks.twoTracks();
        Plan plan = new Plan(
                1, "IC", "two-tracks", "pm", "principal", "growth", Optional.empty(), Instant.EPOCH, Instant.EPOCH);
        Requirements requirements = Requirements.of(ladder, plan);
        PlanSnapshot view = PlanSnapshot.of(
                plan,
                ladder,
                requirements,
                Map.of(
                        "strategy.senior.1",
                        MilestoneProgress.todo("strategy.senior.1")
                                .withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 1, 2)),
                        "strategy.senior.2",
                        MilestoneProgress.todo("strategy.senior.2")
                                .withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 1, 3))));
        MilestoneCatalog catalog = MilestoneCatalog.of(ladder, view.items());
        MilestoneTree tree = new MilestoneTree();

        tree.rebuild(catalog, catalog.entries(), view);

        var strategy = (MilestoneRow.CompetencyRow)
                tree.item("strategy.senior.1").orElseThrow().getParent().getValue();
        // Two done at senior count once (it needs one); principal needs two of three.
        assertThat(strategy.readiness()).isEqualTo(new Readiness(1, 3));
        assertThat(strategy.items()).isEqualTo(6);
        assertThat(NeedWords.of(strategy.readiness(), strategy.items())).isEqualTo("1 of 3 done, 3 of 6 needed");
    }
}
