package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.PlanDraft;
import io.ascent.domain.Rating;
import io.ascent.persistence.PersistenceException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAssessmentRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;

    private static long plan(Database db, String name) {
        return new SqlitePlanRepository(db)
                .create(new PlanDraft(name, "pm-default", "pm", "senior-pm", "growth", Optional.empty()), T0)
                .id();
    }

    private static void save(SqliteAssessmentRepository repo, long planId, Optional<Rating> expected, Rating rating) {
        assertThat(repo.saveRating(planId, rating.competencyId(), expected, Optional.of(rating), T0)
                        .saved())
                .isTrue();
    }

    @Test
    void savingARatingTwiceKeepsTheLatestAndSurvivesReopening() {
        Path file = dir.resolve("a.db");
        long id;
        try (Database db = Database.open(file)) {
            id = plan(db, "Mine");
            var repo = new SqliteAssessmentRepository(db);
            Rating first = new Rating("performance-metrics", "pm", "");
            save(repo, id, Optional.empty(), first);
            save(repo, id, Optional.of(first), new Rating("performance-metrics", "senior-pm", "Owned the KPI review"));
            save(repo, id, Optional.empty(), new Rating("analytical-skills", "pm", ""));
        }
        try (Database db = Database.open(file)) {
            var ratings = new SqliteAssessmentRepository(db).ratings(id);

            assertThat(ratings).hasSize(2);
            assertThat(ratings.get("performance-metrics"))
                    .isEqualTo(new Rating("performance-metrics", "senior-pm", "Owned the KPI review"));
        }
    }

    @Test
    void ratingsBelongToTheirPlanAndGoWithIt() {
        try (Database db = Database.open(dir.resolve("b.db"))) {
            long mine = plan(db, "Mine");
            long other = plan(db, "Other");
            var repo = new SqliteAssessmentRepository(db);
            save(repo, mine, Optional.empty(), new Rating("performance-metrics", "pm", ""));
            save(repo, other, Optional.empty(), new Rating("performance-metrics", "director", ""));

            new SqlitePlanRepository(db).delete(mine);

            assertThat(repo.ratings(mine)).isEmpty();
            assertThat(repo.ratings(other)).containsOnlyKeys("performance-metrics");
        }
    }

    @Test
    void aClearedRatingIsGone() {
        try (Database db = Database.open(dir.resolve("c.db"))) {
            long id = plan(db, "Mine");
            var repo = new SqliteAssessmentRepository(db);
            Rating rating = new Rating("performance-metrics", "pm", "");
            save(repo, id, Optional.empty(), rating);

            repo.saveRating(id, "performance-metrics", Optional.of(rating), Optional.empty(), T0);

            assertThat(repo.ratings(id)).isEmpty();
        }
    }

    @Test
    void aRatingForAMissingPlanIsExplained() {
        try (Database db = Database.open(dir.resolve("d.db"))) {
            var repo = new SqliteAssessmentRepository(db);

            assertThatThrownBy(() -> save(repo, 42, Optional.empty(), new Rating("x", "pm", "")))
                    .isInstanceOf(PersistenceException.class)
                    .hasMessage("Could not save the rating: the plan no longer exists.");
        }
    }
}
