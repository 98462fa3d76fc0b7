package io.ascent.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.CheckIn;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.domain.storage.Backup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by the first round's build (schema 5, see {@code fixtures/README.md}) opens
 * with today's build and keeps everything written then. The expected values are the ones the
 * fixture was written with, by hand. The fixture was written on the first edition of the default
 * ladder; today's build ships the second, so progress on a milestone the second edition retired
 * moves to the milestone that replaced it (content/ladder-v2/id-map.md, written out by hand below).
 */
class Round1DatabaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private AppContext open() throws IOException {
        return AppContext.open(copyFixture(), CLOCK);
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
    void theFirstEditionsRetiredMilestoneCarriesItsProgressToItsSuccessor() throws IOException {
        try (AppContext app = open()) {
            PlanSnapshot road = app.plans().open(plan(app, "Road to Senior PM").id());

            // id-map.md: people-leadership.senior-pm.1 "replaced by people-leadership.senior-pm.4".
            assertThat(road.progress()).doesNotContainKey("people-leadership.senior-pm.1");
            MilestoneProgress coaching = road.progressOf("people-leadership.senior-pm.4");
            assertThat(coaching.status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
            assertThat(coaching.evidence()).isEqualTo("Mentoring one APM since September");
            assertThat(coaching.dueDate()).isEmpty();
            // Kept and reworded-in-place ids keep their rows as they were.
            assertThat(road.progress())
                    .containsOnlyKeys(
                            "growth-experimentation.senior-pm.2",
                            "innovation.senior-pm.1",
                            "people-leadership.senior-pm.4",
                            "performance-metrics.senior-pm.1",
                            "privacy-compliance.senior-pm.1",
                            "product-strategy.senior-pm.1");
            assertThat(road.progressOf("privacy-compliance.senior-pm.1").dueDate())
                    .contains(LocalDate.of(2027, 4, 1));
        }
    }

    @Test
    void readinessIsCountedOnTheSecondEditionsCells() throws IOException {
        try (AppContext app = open()) {
            // CHANGES.md: PM to Senior PM in Growth is 21 cells of "2 of 3", 42 required; the
            // three done milestones are in three different cells.
            PlanSnapshot road = app.plans().open(plan(app, "Road to Senior PM").id());
            assertThat(road.readiness().done()).isEqualTo(3);
            assertThat(road.readiness().required()).isEqualTo(42);
            // Senior PM to Director in Monetization: Group PM and Director, 22 cells each, 88 required.
            PlanSnapshot director = app.plans().open(plan(app, "Director path").id());
            assertThat(director.readiness().done()).isEqualTo(2);
            assertThat(director.readiness().required()).isEqualTo(88);
        }
    }

    @Test
    void progressMovesOnceWithABackupOfTheDatabaseAsTheFirstEditionLeftIt() throws Exception {
        List<Backup> first;
        try (AppContext app = open()) {
            // Besides the copy made before the schema's own upgrade, if this build has one.
            first = app.backups().backups();
            assertThat(first)
                    .filteredOn(b -> b.reason().equals(Backup.BEFORE_LADDER_UPDATE))
                    .singleElement()
                    .satisfies(b -> assertThat(rows(
                                    b.file(),
                                    "SELECT milestone_id || ' ' || status || ' ' || evidence FROM milestone_progress "
                                            + "WHERE plan_id = 1 AND milestone_id LIKE 'people-leadership.%'"))
                            .containsExactly(
                                    "people-leadership.senior-pm.1 IN_PROGRESS Mentoring one APM since September"));
        }
        try (AppContext again = AppContext.open(dir.resolve("ascent.db"), CLOCK)) {
            assertThat(again.backups().backups()).isEqualTo(first);
            assertThat(again.plans()
                            .open(plan(again, "Road to Senior PM").id())
                            .progressOf("people-leadership.senior-pm.4")
                            .status())
                    .isEqualTo(MilestoneStatus.IN_PROGRESS);
        }
    }

    @Test
    void checkInsKeepTheMilestoneIdsTheyWereTakenWith() throws Exception {
        try (AppContext app = open()) {
            List<CheckIn> history =
                    app.checkIns().history(plan(app, "Road to Senior PM").id());
            assertThat(history.get(history.size() - 1).doneMilestoneIds())
                    .containsExactlyInAnyOrder(
                            "growth-experimentation.senior-pm.2",
                            "performance-metrics.senior-pm.1",
                            "product-strategy.senior-pm.1");
        }
    }

    /**
     * Progress on each of the 16 milestones the second edition retired, written into the fixture
     * as the first edition stored it, moves to its successor; two retired ids share one successor,
     * and one successor already had progress of its own, so rows are merged.
     */
    @Test
    void everyRetiredIdOfTheFirstEditionMovesToItsSuccessor() throws Exception {
        Path db = copyFixture();
        // id-map.md, every row that says "replaced by".
        Map<String, String> replacedBy = new LinkedHashMap<>();
        replacedBy.put("product-strategy.senior-pm.3", "innovation.senior-pm.1");
        replacedBy.put("technical-knowledge.group-pm.1", "business-outcomes.group-pm.3");
        replacedBy.put("communication-negotiation.pm.1", "managing-up-influence.pm.1");
        replacedBy.put("communication-negotiation.senior-pm.3", "managing-up-influence.senior-pm.1");
        replacedBy.put("communication-negotiation.group-pm.2", "managing-up-influence.group-pm.1");
        replacedBy.put("communication-negotiation.director.2", "business-outcomes.director.2");
        replacedBy.put("communication-negotiation.director.3", "managing-up-influence.director.1");
        replacedBy.put("user-centric-mindset.director.3", "project-delivery.director.1");
        replacedBy.put("privacy-compliance.director.2", "managing-up-influence.director.1");
        replacedBy.put("people-leadership.senior-pm.1", "people-leadership.senior-pm.4");
        replacedBy.put("growth-loops.director.3", "growth-loops.group-pm.2");
        replacedBy.put("design-partnership.group-pm.2", "experience-craft.group-pm.1");
        replacedBy.put("usability-research.group-pm.1", "project-delivery.group-pm.1");
        replacedBy.put("usability-research.director.3", "user-centric-mindset.senior-pm.1");
        replacedBy.put("revenue-forecasting.group-pm.1", "business-outcomes.group-pm.1");
        replacedBy.put("revenue-forecasting.director.1", "business-outcomes.director.3");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                PreparedStatement insert = c.prepareStatement("INSERT INTO milestone_progress (plan_id, milestone_id, "
                        + "status, done_date, due_date, evidence, notes, updated_at, links) "
                        + "VALUES (2, ?, ?, ?, NULL, ?, '', '2026-12-01T10:00:00Z', ?)")) {
            for (String old : replacedBy.keySet()) {
                boolean inProgress = old.equals("privacy-compliance.director.2");
                insert.setString(1, old);
                insert.setString(2, inProgress ? "IN_PROGRESS" : "DONE");
                insert.setString(
                        3,
                        inProgress
                                ? null
                                : old.equals("communication-negotiation.director.3") ? "2026-04-02" : "2026-11-01");
                insert.setString(4, "Evidence for " + old);
                insert.setString(5, inProgress ? "https://audit.example.com/prep" : "");
                insert.executeUpdate();
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO milestone_progress (plan_id, milestone_id, status, due_date, evidence, "
                        + "notes, updated_at) VALUES (2, 'innovation.senior-pm.1', 'IN_PROGRESS', '2027-02-15', '', "
                        + "'Ask Dana', '2026-12-01T10:00:00Z')");
            }
        }

        try (AppContext app = AppContext.open(db, CLOCK)) {
            PlanSnapshot director = app.plans().open(plan(app, "Director path").id());

            assertThat(director.progress())
                    .doesNotContainKeys(replacedBy.keySet().toArray(String[]::new));
            assertThat(director.progress().keySet())
                    .containsAll(replacedBy.values())
                    // 15 successors and the two rows the fixture had.
                    .hasSize(17);
            MilestoneProgress external = director.progressOf("managing-up-influence.director.1");
            assertThat(external.status()).isEqualTo(MilestoneStatus.DONE);
            assertThat(external.doneDate()).contains(LocalDate.of(2026, 4, 2));
            assertThat(external.evidence())
                    .isEqualTo("Evidence for communication-negotiation.director.3\n\n"
                            + "Evidence for privacy-compliance.director.2");
            assertThat(external.links()).containsExactly("https://audit.example.com/prep");
            MilestoneProgress bet = director.progressOf("innovation.senior-pm.1");
            assertThat(bet.status()).isEqualTo(MilestoneStatus.DONE);
            assertThat(bet.doneDate()).contains(LocalDate.of(2026, 11, 1));
            assertThat(bet.dueDate()).contains(LocalDate.of(2027, 2, 15));
            assertThat(bet.evidence()).isEqualTo("Evidence for product-strategy.senior-pm.3");
            assertThat(bet.notes()).isEqualTo("Ask Dana");
            assertThat(director.progressOf("business-outcomes.director.3").evidence())
                    .isEqualTo("Evidence for revenue-forecasting.director.1");
            // The Road to Senior PM plan moved in the same transaction.
            assertThat(app.plans()
                            .open(plan(app, "Road to Senior PM").id())
                            .progressOf("people-leadership.senior-pm.4")
                            .evidence())
                    .isEqualTo("Mentoring one APM since September");
        }
    }

    private Path copyFixture() throws IOException {
        Path db = dir.resolve("ascent.db");
        try (InputStream in = Round1DatabaseTest.class.getResourceAsStream("/fixtures/round1-v5.db")) {
            Files.copy(in, db);
        }
        return db;
    }

    private static List<String> rows(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
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
