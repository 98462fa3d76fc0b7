package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.OwnMilestone;
import io.ascent.domain.OwnMilestoneDraft;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Readiness;
import io.ascent.persistence.files.PlanFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Milestones of the user's own through the services on a real database: added to a cell of the
 * plan (a required slot or one more way), kept through a plan file and a new version of the ladder,
 * removed and put back with their progress.
 */
class OwnMilestoneServiceTest {

    @TempDir
    Path dir;

    private PlanFixture app;
    private long planId;

    /*
     * "Road to Senior PM" (PM -> Senior PM, Growth) on the second-edition ladder: 17 core and 4
     * Growth competencies, one cell each at Senior PM, each "2 of 3": 21 x 2 = 42 required. A
     * required own milestone adds a slot (43); an optional one adds none.
     */
    @BeforeEach
    void open() {
        app = PlanFixture.open(dir.resolve("ascent.db"));
        planId = app.plans
                .create(new PlanDraft("Road to Senior PM", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                .id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private OwnMilestone add(String competency, String title, boolean optional) {
        return app.ownMilestones.add(
                planId, new OwnMilestoneDraft(competency, "senior-pm", title, "", optional, Optional.empty()));
    }

    private void tick(long plan, String id, String evidence) {
        PlanSnapshot view = app.plans.open(plan);
        MilestoneProgress done = app.plans.setStatus(plan, view.progressOf(id), MilestoneStatus.DONE);
        app.plans.saveProgress(plan, done, done.withEvidence(evidence));
    }

    @Test
    void aRequiredOwnMilestoneIsOneMoreSlotAndItsDueDateIsItsFirstProgress() {
        OwnMilestone added = app.ownMilestones.add(
                planId,
                new OwnMilestoneDraft(
                        "product-strategy",
                        "senior-pm",
                        "  Led the pricing review  ",
                        "Agreed with my manager",
                        false,
                        Optional.of(LocalDate.of(2027, 1, 15))));

        PlanSnapshot view = app.plans.open(planId);
        assertThat(added.title()).isEqualTo("Led the pricing review");
        assertThat(view.readiness()).isEqualTo(new Readiness(0, 43));
        assertThat(view.item(added.id()).orElseThrow().isOwn()).isTrue();
        assertThat(view.progressOf(added.id()).dueDate()).contains(LocalDate.of(2027, 1, 15));
        assertThat(view.ownMilestones()).containsExactly(added);
    }

    @Test
    void anOptionalOneIsOneMoreWayAndTickingItFillsASlot() {
        OwnMilestone added = add("product-strategy", "Pitched the bet to the board", true);

        assertThat(app.plans.open(planId).readiness()).isEqualTo(new Readiness(0, 42));
        tick(planId, added.id(), "Board approved it");
        assertThat(app.plans.open(planId).readiness()).isEqualTo(new Readiness(1, 42));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another specialization | usability-research | senior-pm | Ran it | 'usability-research' is not a competency of the plan “Road to Senior PM”
            a level it does not climb | product-strategy | director | Ran it | 'director' is not a level of the plan “Road to Senior PM”. Your own milestones go at the levels the plan climbs through: senior-pm
            no title                | product-strategy | senior-pm | '  '   | The title is empty
            """)
    void aMilestoneOutsideThePlanOrWithoutATitleIsRefusedAndNothingIsStored(
            String what, String competency, String level, String title, String says) {
        assertThatThrownBy(() -> app.ownMilestones.add(
                        planId, new OwnMilestoneDraft(competency, level, title, "", false, Optional.empty())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(says);
        assertThat(app.plans.open(planId).ownMilestones()).isEmpty();
    }

    @Test
    void removedWithItsProgressAndPutBackExactly() {
        OwnMilestone added = add("analytical-skills", "Taught SQL to the team", false);
        tick(planId, added.id(), "Three sessions, ten people");
        MilestoneProgress before = app.plans.open(planId).progressOf(added.id());

        app.ownMilestones.remove(planId, added.id());
        assertThat(app.plans.open(planId).ownMilestones()).isEmpty();
        assertThat(app.repository.progress(planId)).doesNotContainKey(added.id());

        app.ownMilestones.restore(planId, added, before);
        PlanSnapshot view = app.plans.open(planId);
        assertThat(view.ownMilestones()).containsExactly(added);
        assertThat(view.progressOf(added.id())).isEqualTo(before);
        assertThat(view.readiness()).isEqualTo(new Readiness(1, 43));
    }

    @Test
    void onlyOwnMilestonesCanBeRemoved() {
        assertThatThrownBy(() -> app.ownMilestones.remove(planId, "product-strategy.senior-pm.1"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not one of your own milestones");
    }

    @Test
    void thePlanFileCarriesOwnMilestonesWithTheirProgressAndRoundTripsByteForByte() throws IOException {
        OwnMilestone required = add("product-strategy", "Led the pricing review", false);
        OwnMilestone optional = add("analytical-skills", "Taught SQL to the team", true);
        tick(planId, required.id(), "Decision memo adopted");
        String first = new String(app.exports.render(planId, ExportFormat.JSON, true), StandardCharsets.UTF_8);

        try (PlanFixture target = PlanFixture.open(dir.resolve("target.db"))) {
            long imported = target.exports
                    .importPlan(Files.writeString(dir.resolve("plan.json"), first), Optional.empty())
                    .id();

            assertThat(first).startsWith("{\n  \"formatVersion\" : 2,").contains("\"ownMilestones\" : [ {");
            PlanSnapshot view = target.plans.open(imported);
            assertThat(view.ownMilestones()).containsExactlyInAnyOrder(required, optional);
            assertThat(view.progressOf(required.id()).evidence()).isEqualTo("Decision memo adopted");
            assertThat(view.readiness()).isEqualTo(new Readiness(1, 43));
            assertThat(new String(target.exports.render(imported, ExportFormat.JSON, true), StandardCharsets.UTF_8))
                    .isEqualTo(first);
        }
    }

    @Test
    void aVersionOneFileWithOwnMilestonesIsRefused() throws IOException {
        add("product-strategy", "Led the pricing review", false);
        String json = new String(app.exports.render(planId, ExportFormat.JSON, true), StandardCharsets.UTF_8)
                .replace("\"formatVersion\" : 2", "\"formatVersion\" : 1");

        try (PlanFixture target = PlanFixture.open(dir.resolve("target.db"))) {
            assertThatThrownBy(() -> target.exports.importPlan(
                            Files.writeString(dir.resolve("old.json"), json), Optional.empty()))
                    .isInstanceOf(PlanFormatException.class)
                    .hasMessage("old.json: at $.ownMilestones: this field is new in format version 2; "
                            + "add \"formatVersion\": 2 to the file");
            assertThat(target.plans.plans()).isEmpty();
        }
    }

    @Test
    void reimportingTheLadderKeepsOwnMilestonesAndTheirProgress() {
        app.frameworks.importJson(FrameworkImportTest.resource("csv/acme-pm-ladder.json"), "acme-pm-ladder.json");
        long acme = app.plans
                .create(new PlanDraft(
                        "On Acme", "acme-pm-ladder", "product-manager", "senior-pm", "growth", Optional.empty()))
                .id();
        Readiness before = app.plans.open(acme).readiness();
        OwnMilestone added = app.ownMilestones.add(
                acme,
                new OwnMilestoneDraft(
                        "strategy-vision", "senior-pm", "Wrote the Q3 strategy memo", "", false, Optional.empty()));
        tick(acme, added.id(), "Memo adopted");
        String v2 = new String(FrameworkImportTest.resource("csv/acme-pm-ladder.json"), StandardCharsets.UTF_8)
                .replace("\"version\": \"1\"", "\"version\": \"2\"");

        app.frameworks.importJson(v2.getBytes(StandardCharsets.UTF_8), "acme-v2.json");

        PlanSnapshot view = app.plans.open(acme);
        assertThat(view.framework().version()).isEqualTo("2");
        assertThat(view.ownMilestones()).containsExactly(added);
        assertThat(view.progressOf(added.id()).evidence()).isEqualTo("Memo adopted");
        assertThat(view.readiness()).isEqualTo(new Readiness(1, before.required() + 1));
    }
}
