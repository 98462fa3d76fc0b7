package io.ascent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.Framework;
import io.ascent.domain.Milestone;
import io.ascent.domain.Requirements;
import io.ascent.persistence.files.FrameworkReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FrameworkGeneratorTest {

    @Test
    void largeFrameworkHasTheRequestedCountsAndValidates() {
        Framework framework = FrameworkGenerator.generate(FrameworkGenerator.LARGE);

        assertThat(framework.competencies()).hasSize(100);
        assertThat(framework.levels()).hasSize(5);
        assertThat(framework.milestones()).hasSize(5_000);
        assertThat(framework.milestones().stream().map(Milestone::id).distinct())
                .hasSize(5_000);
    }

    @Test
    void widestPlanOfTheLargeFrameworkRequiresAllFiveThousandMilestones() {
        Framework framework = FrameworkGenerator.generate(FrameworkGenerator.LARGE);

        assertThat(Requirements.of(framework, "level-1", "level-5", "spec-1").items())
                .hasSize(5_000);
    }

    @Test
    void widestPlanOfTheTypicalFrameworkRequiresThreeHundredMilestones() {
        Framework framework = FrameworkGenerator.generate(FrameworkGenerator.TYPICAL);

        assertThat(FrameworkGenerator.TYPICAL.milestonesOfWidestPlan()).isEqualTo(300);
        assertThat(Requirements.of(framework, "level-1", "level-5", "spec-2").items())
                .hasSize(300);
        assertThat(framework.milestones()).hasSize(FrameworkGenerator.TYPICAL.milestones());
    }

    @Test
    void milestonesAreSpreadEvenlyOverTheLevelsAboveTheLowest() {
        Framework framework = FrameworkGenerator.generate(FrameworkGenerator.TYPICAL);

        var perLevel = framework.milestones().stream()
                .collect(Collectors.groupingBy(Milestone::levelId, Collectors.counting()));

        assertThat(perLevel).containsOnlyKeys("level-2", "level-3", "level-4", "level-5");
        assertThat(perLevel.values()).containsOnly(81L);
    }

    @Test
    void generatedFrameworkSurvivesTheFileFormatAndItsValidation() {
        Framework framework = FrameworkGenerator.generate(FrameworkGenerator.TYPICAL);
        FrameworkReader reader = new FrameworkReader();

        Framework read = reader.parse(reader.write(framework).getBytes(StandardCharsets.UTF_8), "generated.json");

        assertThat(read).isEqualTo(framework);
    }
}
