package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two Ascent windows on one file: WAL and a busy timeout let both save, and nothing is lost. */
class ConcurrentWritersTest {

    @TempDir
    Path dir;

    @Test
    void twoConnectionsTickingAtOnceLoseNothing() throws Exception {
        Path file = dir.resolve("ascent.db");
        int ticks = 300;
        try (Database first = Database.open(file);
                Database second = Database.open(file)) {
            long planId = new SqlitePlanRepository(first)
                    .create(
                            new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                            Instant.now())
                    .id();

            CompletableFuture<Void> a = CompletableFuture.runAsync(() -> tick(first, planId, "a", ticks));
            CompletableFuture<Void> b = CompletableFuture.runAsync(() -> tick(second, planId, "b", ticks));
            CompletableFuture.allOf(a, b).join();

            assertThat(new SqlitePlanRepository(second).progress(planId)).hasSize(2 * ticks);
            try (var rs = first.connection().createStatement().executeQuery("PRAGMA integrity_check")) {
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
        }
    }

    private static void tick(Database db, long planId, String prefix, int count) {
        SqlitePlanRepository repo = new SqlitePlanRepository(db);
        for (int i = 0; i < count; i++) {
            repo.saveProgress(
                    planId,
                    MilestoneProgress.todo(prefix + i),
                    MilestoneProgress.todo(prefix + i).withStatus(MilestoneStatus.DONE, LocalDate.now()),
                    Instant.now());
        }
    }
}
