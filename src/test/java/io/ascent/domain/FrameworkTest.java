package io.ascent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.TestFrameworks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrameworkTest {

    private final Framework small = TestFrameworks.small();

    @Test
    void ordersLevelsByRank() {
        assertThat(small.levels()).extracting(Level::id).containsExactly("a", "b", "c");
    }

    @Test
    void specializationCompetenciesApplyOnlyToTheirPlans() {
        assertThat(small.competenciesFor("growth"))
                .extracting(Competency::id)
                .containsExactly("core1", "core2", "grow");
        assertThat(small.competenciesFor("ux")).extracting(Competency::id).containsExactly("core1", "core2", "usab");
    }

    @Test
    void requiredMilestonesLieAboveCurrentUpToTarget() {
        assertThat(Requirements.of(small, "b", "c", "ux").items())
                .extracting(Milestone::id)
                .containsExactly("core1.c.1", "core2.c.1", "usab.c.1");
    }

    @Test
    void rejectsMilestoneOfUnknownCompetency() {
        List<Milestone> milestones = new ArrayList<>(small.milestones());
        milestones.add(new Milestone("x", "nope", "b", "Dangling", ""));

        assertThatThrownBy(() -> copyWith(milestones, small.competencies()))
                .hasMessage("milestone 'x' names unknown competency 'nope'");
    }

    @Test
    void rejectsDuplicateMilestoneIds() {
        List<Milestone> milestones = new ArrayList<>(small.milestones());
        milestones.add(small.milestones().get(0));

        assertThatThrownBy(() -> copyWith(milestones, small.competencies()))
                .hasMessage("duplicate milestone id 'core1.a.1'");
    }

    @Test
    void aCompetencyMayExpectNothingAtALevelAndThatCellIsNotRequired() {
        // Format 1 files still need every level (FrameworkImportTest); the domain takes a format 2 ladder's gaps.
        List<Competency> competencies = new ArrayList<>(small.competencies());
        competencies.add(new Competency("half", "Craft", "Half", "", Optional.empty(), Map.of("a", "x", "b", "y")));

        Framework framework = copyWith(small.milestones(), competencies);

        assertThat(Requirements.of(framework, "a", "c", "growth").cellsOf("half"))
                .extracting(cell -> cell.level().id())
                .containsExactly("b");
        assertThat(Requirements.cellsWithNothingToDemonstrate(framework)).isEqualTo(1);
    }

    private Framework copyWith(List<Milestone> milestones, List<Competency> competencies) {
        return new Framework(
                small.id(),
                small.version(),
                small.name(),
                small.description(),
                small.levels(),
                small.specializations(),
                competencies,
                milestones,
                small.resources());
    }
}
