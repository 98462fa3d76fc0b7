package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ascent.domain.Cadence;
import io.ascent.domain.CheckIn;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.OwnMilestoneDraft;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.domain.Readiness;
import io.ascent.domain.Win;
import io.ascent.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "I got promoted" through the services on a real database: a reached plan is kept as it was
 * (the services refuse with its name and date, the database refuses whatever writes), still
 * exports, imports and deletes; the next plan starts from the level reached with what still counts.
 */
class PromotionServiceTest {

    private static final LocalDate REACHED = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;

    private PlanFixture app;
    private long planId;

    @BeforeEach
    void open() {
        app = PlanFixture.open(dir.resolve("ascent.db"));
        planId = app.realisticPlan("Road to Senior PM");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void assertRefused(ThrowingCallable change) {
        assertThatThrownBy(change).hasMessageContaining("reached");
    }

    @Test
    void aReachedPlanRefusesEveryChangeAndKeepsItsReadinessAndCheckIns() {
        PlanSnapshot before = app.plans.open(planId);
        int checkIns = app.checkIns.history(planId).size();
        Plan reached = app.promotions.markReached(planId, REACHED);
        PlanSnapshot view = app.plans.open(planId);
        MilestoneProgress open = view.progressOf("product-strategy.senior-pm.4");

        assertThat(reached.reachedOn()).contains(REACHED);
        assertThatThrownBy(() -> app.plans.rename(planId, "Other"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("“Road to Senior PM” was reached on Nov 20, 2026 and is kept as it was: nothing in it "
                        + "can change any more. Your next plan carries on from there.");
        assertRefused(() -> app.plans.edit(planId, reached.choices()));
        assertRefused(() -> app.assessments.save(
                view, "innovation", Optional.empty(), Optional.of(new Rating("innovation", "senior-pm", ""))));
        assertRefused(() -> app.checkIns.checkIn(view, Map.of(), "after"));
        assertRefused(() -> app.ownMilestones.add(
                planId,
                new OwnMilestoneDraft("innovation", "senior-pm", "Ran a hackathon", "", false, Optional.empty())));
        // Paths that write without reading the plan first: the database refuses them.
        assertThatThrownBy(() -> app.plans.setStatus(planId, open, MilestoneStatus.DONE))
                .isInstanceOf(PersistenceException.class)
                .hasMessage("Could not save the milestone: the plan is marked as reached, so it is kept as it was.");
        assertRefused(() -> app.plans.saveProgress(planId, open, open.withEvidence("late")));
        assertRefused(() -> app.assessments.save(
                before,
                "performance-metrics",
                Optional.ofNullable(app.assessments.ratings(planId).get("performance-metrics")),
                Optional.empty()));

        PlanSnapshot after = app.plans.open(planId);
        assertThat(after.readiness()).isEqualTo(before.readiness());
        assertThat(after.progress()).isEqualTo(before.progress());
        assertThat(app.checkIns.history(planId)).hasSize(checkIns);
    }

    @Test
    void aReachedPlanCanStillBeDeleted() {
        app.promotions.markReached(planId, REACHED);

        app.plans.delete(planId);

        assertThat(app.plans.plans()).isEmpty();
    }

    @Test
    void theDateIsTodayOrEarlierAndAPlanIsReachedOnce() {
        assertThatThrownBy(() -> app.promotions.markReached(planId, LocalDate.of(2026, 11, 29)))
                .hasMessage("Nov 29, 2026 is still to come: mark a plan as reached on the day it happened, "
                        + "today at the latest.");
        app.promotions.markReached(planId, REACHED);
        assertThatThrownBy(() -> app.promotions.markReached(planId, REACHED))
                .hasMessage("“Road to Senior PM” was already marked as reached on Nov 20, 2026.");
    }

    @Test
    void reopeningPutsThePlanBackUnderWay() {
        app.promotions.markReached(planId, REACHED);

        app.promotions.reopen(planId);

        assertThat(app.plans.open(planId).plan().isReached()).isFalse();
        PlanSnapshot view = app.plans.open(planId);
        app.plans.setStatus(planId, view.progressOf("product-strategy.senior-pm.4"), MilestoneStatus.DONE);
    }

    @Test
    void aReachedPlanTravelsInItsPlanFileAndStaysReached() throws Exception {
        app.promotions.markReached(planId, REACHED);
        String json = new String(app.exports.render(planId, ExportFormat.JSON, true), StandardCharsets.UTF_8);

        try (PlanFixture target = PlanFixture.open(dir.resolve("target.db"))) {
            long imported = target.exports
                    .importPlan(Files.writeString(dir.resolve("reached.json"), json), Optional.empty())
                    .id();

            assertThat(json).startsWith("{\n  \"formatVersion\" : 2,").contains("\"reachedOn\" : \"2026-11-20\"");
            PlanSnapshot view = target.plans.open(imported);
            assertThat(view.plan().reachedOn()).contains(REACHED);
            assertThat(view.readiness()).isEqualTo(app.plans.open(planId).readiness());
            assertThat(target.checkIns.history(imported)).hasSize(1);
            assertThat(new String(target.exports.render(imported, ExportFormat.JSON, true), StandardCharsets.UTF_8))
                    .isEqualTo(json);
        }
    }

    @Test
    void theNextPlanStartsFromTheLevelReachedWithTheRatingsAsAStartingPoint() {
        app.promotions.markReached(planId, REACHED);
        PlanDraft offer = app.promotions.offer(planId).orElseThrow();

        Plan next = app.promotions.startNext(planId, offer);

        // Senior PM is shared by both tracks: the next rung is the first level of rank 4 in the
        // ladder's order, Principal PM on the individual-contributor track.
        assertThat(offer.name()).isEqualTo("Road to Principal PM");
        assertThat(next.currentLevelId()).isEqualTo("senior-pm");
        assertThat(next.targetLevelId()).isEqualTo("principal-pm");
        assertThat(next.specializationId()).isEqualTo("growth");
        assertThat(next.isReached()).isFalse();
        assertThat(app.assessments.ratings(next.id())).isEqualTo(app.assessments.ratings(planId));
        // The default ladder's cells of Principal PM share no item with those of Senior PM: 17 core
        // and 4 Growth competencies at Principal PM, each "2 of 3", need 21 x 2 = 42.
        assertThat(app.plans.open(next.id()).readiness()).isEqualTo(new Readiness(0, 42));
        assertThat(app.checkIns.history(next.id())).isEmpty();
        assertThat(app.promotions.offer(planId).orElseThrow().name()).isEqualTo("Road to Principal PM (2)");
    }

    @Test
    void theNextPlanCarriesTheWinsAndAReachedPlansWinsStayAsTheyWere() {
        List<Win> logged = app.addWins(planId);
        app.promotions.markReached(planId, REACHED);
        PlanSnapshot reached = app.plans.open(planId);

        Plan next =
                app.promotions.startNext(planId, app.promotions.offer(planId).orElseThrow());

        assertThat(app.wins.wins(next.id()))
                .extracting(Win::title, Win::competencyIds, Win::shareable)
                .containsExactlyElementsOf(app.wins.wins(planId).stream()
                        .map(w -> tuple(w.title(), w.competencyIds(), w.shareable()))
                        .toList());
        assertThatThrownBy(() -> app.wins.add(reached, Win.of(REACHED, "late"))).hasMessageContaining("reached");
        assertThatThrownBy(() -> app.wins.remove(reached.plan(), logged.get(0))).hasMessageContaining("reached");
        assertThat(app.wins.wins(planId)).hasSize(4);
    }

    @Test
    void theNextPlanStartsWithTheDefaultRhythmAndTheReachedPlanKeepsItsOwn() {
        Cadence own = new Cadence(8, Optional.empty(), 12);
        app.rhythms.setCadence(planId, own);
        app.oneOnOnes.addQuestion(planId, "Who sits on the promotion committee?");
        app.oneOnOnes.record(
                planId, REACHED.minusDays(1), "# agenda", List.of("Promotion confirmed"), List.of(), List.of());
        app.promotions.markReached(planId, REACHED);

        Plan next =
                app.promotions.startNext(planId, app.promotions.offer(planId).orElseThrow());

        assertThat(app.rhythms.cadence(next.id())).isEqualTo(Cadence.DEFAULT);
        assertThat(app.oneOnOnes.log(next.id())).isEmpty();
        assertThat(app.oneOnOnes.questions(next.id())).isEmpty();
        assertThat(app.rhythms.cadence(planId)).isEqualTo(own);
        assertThat(app.oneOnOnes.log(planId))
                .singleElement()
                .satisfies(m -> assertThat(m.heldOn()).isEqualTo(REACHED.minusDays(1)));
        assertThat(app.oneOnOnes.questions(planId)).hasSize(1);
    }

    @Test
    void theNextPlanWaitsUntilThePlanIsReached() {
        PlanDraft offer = app.promotions.offer(planId).orElseThrow();

        assertThatThrownBy(() -> app.promotions.startNext(planId, offer))
                .hasMessageContaining("has not been marked as reached yet");
        assertThat(app.plans.plans()).hasSize(1);
    }

    @Test
    void atTheTopOfTheLadderThereIsNoNextPlan() {
        long top = app.plans
                .create(new PlanDraft(
                        "Road to Director", "pm-default", "group-pm", "director", "growth", Optional.empty()))
                .id();

        assertThat(app.promotions.offer(top)).isEmpty();
    }

    @Test
    void aCheckInTakenBeforeReachingStaysAsItWas() {
        CheckIn taken = app.checkIns.history(planId).get(0);

        app.promotions.markReached(planId, REACHED);

        assertThat(app.checkIns.history(planId)).containsExactly(taken);
    }
}
