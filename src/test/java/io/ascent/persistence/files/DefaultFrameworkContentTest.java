package io.ascent.persistence.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Specialization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shipped ladder passes the published schema and the semantic checks, and is deep enough. */
class DefaultFrameworkContentTest {

    private final Framework framework = new FrameworkReader().readDefault();

    @Test
    void defaultLadderPassesTheSchemaFileAsPublished() throws Exception {
        var tree = new ObjectMapper().readTree(Files.readAllBytes(Path.of("assets/frameworks/pm-default.json")));

        new FrameworkSchema().check(tree, "pm-default.json");
    }

    @Test
    void defaultLadderHasAtLeastThreeMilestonesPerCompetencyAtEveryLevelFromPmToDirector() {
        for (Competency c : framework.competencies()) {
            for (Level level : framework.levels()) {
                if (level.rank() < framework.level("pm").orElseThrow().rank()) {
                    continue;
                }
                long count = framework.milestones().stream()
                        .filter(m ->
                                m.competencyId().equals(c.id()) && m.levelId().equals(level.id()))
                        .count();
                assertThat(count)
                        .as("milestones of %s at %s", c.id(), level.id())
                        .isGreaterThanOrEqualTo(3);
            }
        }
        assertThat(framework.levels()).extracting(Level::id).containsSubsequence("pm", "director");
    }

    @Test
    void everySpecializationHasAtLeastThreeCompetenciesOfItsOwn() {
        assertThat(framework.specializations()).hasSize(3);
        for (Specialization s : framework.specializations()) {
            assertThat(framework.competencies())
                    .as(s.id())
                    .filteredOn(c -> c.specializationId().equals(Optional.of(s.id())))
                    .hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void everyCompetencyHasAnExpectationAtEveryLevelAndResourcesPointAtCompetencies() {
        for (Competency c : framework.competencies()) {
            assertThat(c.expectations().keySet())
                    .as(c.id())
                    .containsExactlyInAnyOrderElementsOf(
                            framework.levels().stream().map(Level::id).toList());
        }
        assertThat(framework.resources())
                .allSatisfy(r -> assertThat(r.competencyIds()).isNotEmpty());
    }
}
