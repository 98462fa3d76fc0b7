package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.CheckIn;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.Readiness;
import io.ascent.persistence.PersistenceException;
import io.ascent.persistence.ReviewRepository.PinnedReviewer;
import io.ascent.persistence.ReviewRepository.SentRequest;
import io.ascent.persistence.ReviewRepository.StoredResponse;
import io.ascent.persistence.ReviewerRepository.GivenRow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V7 (reviews) on a real file: plan UUIDs for old and new plans, and the rows that never change. */
class ReviewTablesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;

    private static long plan(Database db, String name) {
        return new SqlitePlanRepository(db)
                .create(new PlanDraft(name, "pm-default", "pm", "senior-pm", "growth", Optional.empty()), T0)
                .id();
    }

    @Test
    void plansOfAnEarlierVersionGetDistinctRandomUuidsWhenTheFileIsMigrated() throws Exception {
        Path file = dir.resolve("old.db");
        try (Database db = Database.open(file);
                var st = db.connection().createStatement()) {
            plan(db, "One");
            plan(db, "Two");
            plan(db, "Three");
            ReviewSchema.dropV8(st);
            st.execute("PRAGMA user_version = 7");
        }

        try (Database db = Database.open(file)) {
            var reviews = new SqliteReviewRepository(db);
            Set<UUID> ids = new HashSet<>();
            for (long planId = 1; planId <= 3; planId++) {
                UUID uuid = reviews.planUuid(planId);
                assertThat(uuid.version()).isEqualTo(4);
                assertThat(uuid.variant()).isEqualTo(2);
                assertThat(reviews.planWithUuid(uuid)).contains(planId);
                ids.add(uuid);
            }
            assertThat(ids).hasSize(3);
        }
    }

    @Test
    void aNewPlanGetsItsUuidWhenItIsCreatedAndKeepsItWhenRenamed() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            long id = plan(db, "Mine");
            var reviews = new SqliteReviewRepository(db);
            UUID uuid = reviews.planUuid(id);

            new SqlitePlanRepository(db).rename(id, "Renamed", T0.plusSeconds(60));

            assertThat(reviews.planUuid(id)).isEqualTo(uuid);
        }
    }

    @Test
    void anImportedReviewIsNeverUpdatedAndGoesWithItsPlan() throws Exception {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            long id = plan(db, "Mine");
            var reviews = new SqliteReviewRepository(db);
            UUID request = UUID.randomUUID();
            reviews.recordRequest(new SentRequest(request, id, T0, "{}"));
            reviews.storeResponse(
                    new StoredResponse(0, id, request, "Dana", "AA==", T0, T0, new byte[] {1}, new byte[] {2}),
                    Optional.of(new PinnedReviewer("dana", "Dana", "AA==", T0)));

            assertThatThrownBy(() -> {
                        try (var st = db.connection().createStatement()) {
                            st.executeUpdate("UPDATE review_received SET reviewer = 'Mallory'");
                        }
                    })
                    .hasMessageContaining("an imported review cannot be changed");
            assertThatThrownBy(() -> reviews.storeResponse(
                            new StoredResponse(0, id, request, "Dana", "AA==", T0, T0, new byte[1], new byte[1]),
                            Optional.empty()))
                    .isInstanceOf(PersistenceException.class);
            assertThat(reviews.responses(id)).hasSize(1);
            new SqlitePlanRepository(db).delete(id);
            assertThat(reviews.responses(id)).isEmpty();
            assertThat(reviews.requests(id)).isEmpty();
        }
    }

    @Test
    void aCheckInKeepsTheReviewersRatingsOfThatMomentAndNeverChangesThem() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            long id = plan(db, "Mine");
            var checkIns = new SqliteCheckInRepository(db);
            CheckIn stored = checkIns.insert(new CheckIn(
                    0,
                    id,
                    T0,
                    Map.of("strategy", "pm"),
                    new Readiness(1, 10),
                    Set.of(),
                    "",
                    Map.of("strategy", "senior-pm", "roadmap", "pm")));

            assertThat(checkIns.findByPlan(id))
                    .singleElement()
                    .satisfies(c -> assertThat(c.managerRatings())
                            .containsExactlyInAnyOrderEntriesOf(Map.of("strategy", "senior-pm", "roadmap", "pm")));
            assertThatThrownBy(() -> {
                        try (var st = db.connection().createStatement()) {
                            st.executeUpdate(
                                    "UPDATE check_in_manager_rating SET level_id = 'director' WHERE check_in_id = "
                                            + stored.id());
                        }
                    })
                    .hasMessageContaining("check-ins cannot be changed");
        }
    }

    @Test
    void aSentReviewIsFinal() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            var given = new SqliteReviewerRepository(db);
            UUID request = UUID.randomUUID();
            given.open(new GivenRow(request, "{}", "{draft}", T0, T0, Optional.empty(), Optional.empty()));
            given.markSent(request, "{sent}", T0.plusSeconds(5), new byte[] {7});

            given.saveDraft(request, "{later}", T0.plusSeconds(9));

            GivenRow row = given.given(request).orElseThrow();
            assertThat(row.draftJson()).isEqualTo("{sent}");
            assertThat(row.sentAt()).contains(T0.plusSeconds(5));
            assertThat(row.response().orElseThrow()).containsExactly(7);
            assertThat(given.given()).extracting(GivenRow::requestId).isEqualTo(List.of(request));
        }
    }
}
