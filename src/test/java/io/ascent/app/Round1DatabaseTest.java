package io.ascent.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.CheckIn;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by the first round's build (schema 5, see {@code fixtures/README.md}) opens
 * with today's build and keeps everything written then. The expected values are the ones the
 * fixture was written with, by hand.
 */
class Round1DatabaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private AppContext open() throws IOException {
        Path db = dir.resolve("ascent.db");
        try (InputStream in = Round1DatabaseTest.class.getResourceAsStream("/fixtures/round1-v5.db")) {
            Files.copy(in, db);
        }
        return AppContext.open(db, CLOCK);
    }

    private static Plan plan(AppContext app, String name) {
        return app.plans().plans().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no plan " + name));
    }

    @Test
    void everyPlanOfTheFirstRoundIsStillThere() throws IOException {
        try (AppContext app = open()) {
            assertThat(app.plans().plans())
                    .extracting(Plan::name)
                    .containsExactlyInAnyOrder(
                            "Road to Senior PM", "Director path", "Acme: Senior", "小 ladder plan 🚀");
            Plan road = plan(app, "Road to Senior PM");
            assertThat(road.currentLevelId()).isEqualTo("pm");
            assertThat(road.targetLevelId()).isEqualTo("senior-pm");
            assertThat(road.specializationId()).isEqualTo("growth");
            assertThat(road.targetDate()).contains(LocalDate.of(2027, 6, 30));
            assertThat(plan(app, "Acme: Senior").frameworkId()).isEqualTo("acme-pm-ladder");
            assertThat(plan(app, "小 ladder plan 🚀").frameworkId()).isEqualTo("small");
        }
    }

    @Test
    void ticksEvidenceNotesAndLinksAreKept() throws IOException {
        try (AppContext app = open()) {
            PlanSnapshot road = app.plans().open(plan(app, "Road to Senior PM").id());
            MilestoneProgress vision = road.progressOf("product-strategy.senior-pm.1");
            assertThat(vision.status()).isEqualTo(MilestoneStatus.DONE);
            assertThat(vision.doneDate()).contains(LocalDate.of(2026, 9, 1));
            assertThat(vision.evidence()).isEqualTo("Vision doc adopted by the VP — «Ünïcödé» 增长 ✓");
            assertThat(vision.notes()).isEqualTo("Private: the VP wanted a shorter version");
            assertThat(vision.links()).containsExactly("https://docs.example.com/vision", "mailto:vp@example.com");
            MilestoneProgress bet = road.progressOf("innovation.senior-pm.1");
            assertThat(bet.status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
            assertThat(bet.dueDate()).contains(LocalDate.of(2027, 2, 15));
            assertThat(road.progressOf("performance-metrics.senior-pm.1").evidence())
                    .isEqualTo(
                            "Metric tree for checkout, adopted by the squad; see the dashboard.\nReviewed with analytics.");
            assertThat(road.progress().values().stream()
                            .filter(MilestoneProgress::isDone)
                            .count())
                    .isEqualTo(3);

            PlanSnapshot director = app.plans().open(plan(app, "Director path").id());
            assertThat(director.progressOf("product-strategy.group-pm.1").evidence())
                    .isEqualTo("Portfolio strategy for three teams");
            assertThat(director.progressOf("pricing-ads-products.group-pm.2").isDone())
                    .isTrue();
            PlanSnapshot acme = app.plans().open(plan(app, "Acme: Senior").id());
            assertThat(acme.progressOf("strategy-vision.senior-pm.got-a-12-month-strategy-funded")
                            .evidence())
                    .isEqualTo("Funded in Q3 planning");
            assertThat(app.plans()
                            .open(plan(app, "小 ladder plan 🚀").id())
                            .progressOf("core1.b.1")
                            .isDone())
                    .isTrue();
        }
    }

    @Test
    void ratingsAndCheckInsAreKept() throws IOException {
        try (AppContext app = open()) {
            long road = plan(app, "Road to Senior PM").id();
            Map<String, Rating> ratings = app.assessments().ratings(road);
            assertThat(ratings).hasSize(4);
            assertThat(ratings.get("performance-metrics").levelId()).isEqualTo("senior-pm");
            assertThat(ratings.get("performance-metrics").justification()).isEqualTo("Built the checkout metric tree");
            assertThat(ratings.get("people-leadership").levelId()).isEqualTo("apm");
            List<CheckIn> history = app.checkIns().history(road);
            assertThat(history).hasSize(2);
            CheckIn last = history.stream()
                    .max((a, b) -> a.takenAt().compareTo(b.takenAt()))
                    .orElseThrow();
            assertThat(last.takenAt()).isEqualTo(Instant.parse("2026-10-31T08:00:00Z"));
            assertThat(last.readiness().done()).isEqualTo(3);
            assertThat(last.readiness().required()).isEqualTo(54);
            assertThat(last.ratings())
                    .containsEntry("growth-experimentation", "senior-pm")
                    .hasSize(3);
            assertThat(last.note()).isEqualTo("Good quarter");
        }
    }

    @Test
    void theImportedLaddersAreStillInstalled() throws IOException {
        try (AppContext app = open()) {
            assertThat(app.frameworks().framework("acme-pm-ladder")).isPresent();
            assertThat(app.frameworks()
                            .framework("small")
                            .map(f -> f.milestones().size()))
                    .isEqualTo(Optional.of(9));
        }
    }
}
