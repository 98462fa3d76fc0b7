package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.domain.Readiness;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Edit plan" through the service: the setup's rules, progress and ratings kept, readiness counted anew. */
class PlanEditServiceTest {

    private static final List<String> DONE = List.of("product-strategy.senior-pm.1", "analytical-skills.senior-pm.2");

    @TempDir
    Path dir;

    private PlanFixture app;
    private Plan plan;

    @BeforeEach
    void open() {
        app = PlanFixture.open(dir.resolve("ascent.db"));
        plan = app.plans.create(new PlanDraft(
                "Road to Senior PM",
                "pm-default",
                "pm",
                "senior-pm",
                "growth",
                Optional.of(LocalDate.of(2027, 6, 30))));
        PlanSnapshot view = app.plans.open(plan.id());
        for (String id : DONE) {
            app.plans.setStatus(plan.id(), view.progressOf(id), MilestoneStatus.DONE);
        }
        app.assessments.save(
                view,
                "analytical-skills",
                Optional.empty(),
                Optional.of(new Rating("analytical-skills", "senior-pm", "SQL every day")));
        app.assessments.save(view, "growth-loops", Optional.empty(), Optional.of(new Rating("growth-loops", "pm", "")));
    }

    /*
     * Second-edition ladder, Growth (17 core + 4 Growth competencies), every cell "2 of 3": PM ->
     * Senior PM is 21 cells x 2 = 42; PM -> Director climbs Senior PM, Group PM and Director on the
     * management track, 63 cells x 2 = 126.
     */
    @AfterEach
    void close() {
        app.close();
    }

    private PlanDraft with(String target, String specialization, Optional<LocalDate> date) {
        return new PlanDraft(plan.name(), "pm-default", "pm", target, specialization, date);
    }

    @Test
    void aimingForDirectorKeepsProgressAndRatingsAndCountsReadinessAnew() {
        Map<String, Rating> ratings = app.assessments.ratings(plan.id());
        assertThat(app.plans.open(plan.id()).readiness()).isEqualTo(new Readiness(2, 42));

        Plan edited = app.plans.edit(plan.id(), with("director", "growth", plan.targetDate()));

        PlanSnapshot view = app.plans.open(plan.id());
        assertThat(edited.targetLevelId()).isEqualTo("director");
        assertThat(view.readiness()).isEqualTo(new Readiness(2, 126));
        assertThat(DONE).allMatch(id -> view.progressOf(id).isDone());
        assertThat(app.assessments.ratings(plan.id())).isEqualTo(ratings);
        assertThat(edited.createdAt()).isEqualTo(plan.createdAt());
    }

    @Test
    void restoreUndoesAnEditExactly() {
        app.plans.edit(plan.id(), with("director", "monetization", Optional.empty()));

        Plan restored = app.plans.restore(plan);

        assertThat(restored.choices()).isEqualTo(plan.choices());
        assertThat(app.plans.open(plan.id()).readiness()).isEqualTo(new Readiness(2, 42));
    }

    @Test
    void anotherSpecializationHidesTheOldOnesRatingsWithoutLosingThem() {
        app.plans.edit(plan.id(), with("senior-pm", "user-experience", plan.targetDate()));

        assertThat(app.plans.open(plan.id()).framework().competenciesFor("user-experience"))
                .noneMatch(c -> c.id().equals("growth-loops"));
        assertThat(app.assessments.ratings(plan.id())).containsKey("growth-loops");
        app.plans.edit(plan.id(), with("senior-pm", "growth", plan.targetDate()));
        assertThat(app.assessments.ratings(plan.id()).get("growth-loops").levelId())
                .isEqualTo("pm");
    }

    @Test
    void theSetupsRulesHoldTargetAboveCurrentKnownLevelsDateFromToday() {
        assertThatThrownBy(() -> app.plans.edit(plan.id(), with("apm", "growth", Optional.empty())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("must be above");
        assertThatThrownBy(() -> app.plans.edit(plan.id(), with("cto", "growth", Optional.empty())))
                .hasMessageContaining("Unknown target level 'cto'");
        assertThatThrownBy(() -> app.plans.edit(plan.id(), with("senior-pm", "sales", Optional.empty())))
                .hasMessageContaining("'sales' is not a specialization");
        assertThatThrownBy(() ->
                        app.plans.edit(plan.id(), with("senior-pm", "growth", Optional.of(LocalDate.of(2026, 1, 1)))))
                .hasMessageContaining("in the past");
        assertThat(app.plans.open(plan.id()).plan().choices()).isEqualTo(plan.choices());
    }

    @Test
    void aTargetDateThePlanAlreadyHasStaysValidOnceItHasPassed() {
        // The same database in January 2027: the plan's target date of June 2027 is still ahead,
        // one of December 2026 has passed.
        Plan dated = app.plans.create(new PlanDraft(
                "Dated", "pm-default", "pm", "senior-pm", "growth", Optional.of(LocalDate.of(2026, 12, 1))));
        PlanService january = new PlanService(
                app.repository, app.frameworks, Clock.fixed(Instant.parse("2027-01-10T09:00:00Z"), ZoneOffset.UTC));

        Plan renamed = january.edit(
                dated.id(), new PlanDraft("Dated plan", "pm-default", "pm", "senior-pm", "growth", dated.targetDate()));

        assertThat(renamed.targetDate()).contains(LocalDate.of(2026, 12, 1));
        assertThatThrownBy(() -> january.edit(
                        dated.id(),
                        new PlanDraft(
                                "Dated plan",
                                "pm-default",
                                "pm",
                                "senior-pm",
                                "growth",
                                Optional.of(LocalDate.of(2026, 12, 15)))))
                .hasMessageContaining("in the past");
    }

    @Test
    void aNameAnotherPlanHasIsRefused() {
        app.plans.create(new PlanDraft("Other", "pm-default", "pm", "director", "growth", Optional.empty()));

        assertThatThrownBy(() -> app.plans.edit(
                        plan.id(), new PlanDraft("other", "pm-default", "pm", "senior-pm", "growth", Optional.empty())))
                .isInstanceOf(PlanNameTakenException.class);
    }
}
