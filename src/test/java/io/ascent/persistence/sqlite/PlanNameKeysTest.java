package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.PersistenceException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names stored by earlier versions, which compared names byte for byte: the migration keeps the
 * oldest plan's name, numbers the ones that now clash, drops invisible characters, and says once
 * what it renamed. The database's unique index then keeps names apart for every writer.
 */
class PlanNameKeysTest {

    @TempDir
    Path dir;

    private Path olderDatabaseWith(String... names) throws Exception {
        Path file = dir.resolve("ascent.db");
        try (Connection c = OldDatabases.atVersion(file, OldDatabases.BEFORE_NAME_KEYS, true);
                PreparedStatement st = c.prepareStatement("INSERT INTO plan (name, framework_id, current_level, "
                        + "target_level, specialization, created_at, updated_at) VALUES (?, 'pm-default', 'pm', "
                        + "'senior-pm', 'growth', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")) {
            for (String name : names) {
                st.setString(1, name);
                st.executeUpdate();
            }
        }
        return file;
    }

    @Test
    void clashingNamesAreNumberedTheOldestKeepsItsNameAndTheUserIsToldOnce() throws Exception {
        Path file = olderDatabaseWith("Same", "same", "SAME", "Other\u200B", "Other", "Caf\u00e9", "Cafe\u0301");

        try (Database db = Database.open(file)) {
            assertThat(new SqlitePlanRepository(db).findAll())
                    .extracting(Plan::name)
                    .containsExactlyInAnyOrder(
                            "Same", "same (2)", "SAME (3)", "Other", "Other (2)", "Caf\u00e9", "Cafe\u0301 (2)");
            assertThat(db.notices())
                    .singleElement()
                    .asString()
                    .contains("\"same\" is now \"same (2)\"", "\"SAME\" is now \"SAME (3)\"")
                    .contains("\"Other\u200B\" is now \"Other (2)\"");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.notices()).isEmpty();
        }
    }

    @Test
    void withoutClashesNothingIsRenamedOrSaid() throws Exception {
        Path file = olderDatabaseWith("Road to Senior PM", "小 ladder plan 🚀");

        try (Database db = Database.open(file)) {
            assertThat(db.notices()).isEmpty();
            assertThat(new SqlitePlanRepository(db).findByName("ROAD TO SENIOR PM"))
                    .map(Plan::name)
                    .contains("Road to Senior PM");
        }
    }

    @Test
    void theDatabaseRefusesASecondPlanWithTheSameNameWhoeverWritesIt() {
        try (Database db = Database.open(dir.resolve("ascent.db"))) {
            SqlitePlanRepository plans = new SqlitePlanRepository(db);
            plans.create(draft("Same"), Instant.now());

            assertThatThrownBy(() -> plans.create(draft("sAMe"), Instant.now()))
                    .isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("a plan with that name already exists");
        }
    }

    private static PlanDraft draft(String name) {
        return new PlanDraft(name, "pm-default", "pm", "senior-pm", "growth", Optional.empty());
    }
}
