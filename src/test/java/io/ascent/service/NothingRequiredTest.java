package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.PlanDraft;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A climb on which the ladder asks nothing (no milestone, no expectation at the levels above the
 * current one) is refused: such a plan read "100% ready" on day one with nothing done.
 */
class NothingRequiredTest {

    // The only competency has an expectation at PM and nothing at Senior PM.
    private static final String LADDER = "{\"formatVersion\":2,\"id\":\"empty-ladder\",\"version\":\"1\","
            + "\"language\":\"en\",\"name\":\"Empty\",\"levels\":[{\"id\":\"pm\",\"title\":\"PM\",\"rank\":1},"
            + "{\"id\":\"senior-pm\",\"title\":\"Senior PM\",\"rank\":2},{\"id\":\"lead\",\"title\":\"Lead PM\",\"rank\":3}],"
            + "\"competencies\":[{\"id\":\"s\",\"area\":\"A\",\"title\":\"S\","
            + "\"expectations\":{\"pm\":\"x\",\"lead\":\"Leads the area.\"}}],\"milestones\":[]}";

    @TempDir
    Path dir;

    private PlanFixture fixture;

    @BeforeEach
    void ladder() {
        fixture = PlanFixture.open(dir.resolve("ascent.db"));
        fixture.frameworks.importJson(LADDER.getBytes(StandardCharsets.UTF_8), "empty.json");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aClimbOnWhichTheLadderAsksNothingIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> fixture.plans.create(
                        new PlanDraft("E", "empty-ladder", "pm", "senior-pm", "core", Optional.empty())))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The ladder \u201cEmpty\u201d asks nothing from PM to Senior PM: no milestone and no"
                        + " expectation, so the plan would read 100% ready with nothing done. Choose another target"
                        + " level, or add expectations or milestones to the ladder.");
        assertThat(fixture.plans.plans()).isEmpty();
    }

    @Test
    void aClimbWithOneExpectationIsAPlanAtZero() {
        long id = fixture.plans
                .create(new PlanDraft("E", "empty-ladder", "pm", "lead", "core", Optional.empty()))
                .id();

        // Lead PM asks one expectation of S: one cell, one item, none met.
        assertThat(fixture.plans.open(id).readiness().required()).isEqualTo(1);
        assertThat(fixture.plans.open(id).readiness().percent()).isZero();
    }
}
