package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.CheckIn;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.Readiness;
import io.ascent.persistence.PersistenceException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteCheckInRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-04-01T09:00:00Z");

    @TempDir
    Path dir;

    private static long plan(Database db) {
        return new SqlitePlanRepository(db)
                .create(new PlanDraft("Mine", "pm-default", "pm", "senior-pm", "growth", Optional.empty()), T0)
                .id();
    }

    @Test
    void checkInsComeBackWholeOldestFirst() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            long id = plan(db);
            var repo = new SqliteCheckInRepository(db);
            CheckIn later = repo.insert(new CheckIn(
                    0,
                    id,
                    T1,
                    Map.of("analytical-skills", "senior-pm"),
                    new Readiness(2, 40),
                    Set.of("m1", "m2"),
                    "Second \uD83D\uDE80"));
            CheckIn first = repo.insert(new CheckIn(0, id, T0, Map.of(), new Readiness(0, 40), Set.of(), ""));

            assertThat(repo.findByPlan(id)).containsExactly(first, later);
            assertThat(later.id()).isPositive();
        }
    }

    @Test
    void aStoredCheckInCannotBeChanged() {
        try (Database db = Database.open(dir.resolve("b.db"))) {
            long id = plan(db);
            var repo = new SqliteCheckInRepository(db);
            repo.insert(new CheckIn(
                    0, id, T0, Map.of("analytical-skills", "pm"), new Readiness(1, 40), Set.of("m1"), "note"));

            assertThatThrownBy(() -> {
                        try (var st = db.connection().createStatement()) {
                            st.executeUpdate("UPDATE check_in SET note = 'rewritten'");
                        }
                    })
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("check-ins cannot be changed");
            assertThatThrownBy(() -> {
                        try (var st = db.connection().createStatement()) {
                            st.executeUpdate("UPDATE check_in_rating SET level_id = 'director'");
                        }
                    })
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("check-ins cannot be changed");
            assertThat(repo.findByPlan(id).get(0).note()).isEqualTo("note");
        }
    }

    @Test
    void aCheckInForAMissingPlanIsExplainedAndNothingIsStored() {
        try (Database db = Database.open(dir.resolve("c.db"))) {
            var repo = new SqliteCheckInRepository(db);

            assertThatThrownBy(() -> repo.insert(new CheckIn(0, 99, T0, Map.of(), new Readiness(0, 1), Set.of(), "")))
                    .isInstanceOf(PersistenceException.class)
                    .hasMessage("Could not save the check-in: the plan no longer exists.");
            assertThat(repo.findByPlan(99)).isEmpty();
        }
    }
}
