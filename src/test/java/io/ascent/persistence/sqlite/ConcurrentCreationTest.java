package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.PlanDraft;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many openers of one new file, released at the same instant, again and again: every one gets a
 * migrated database (one migrates under the write lock, the others wait and find the schema).
 * Each opener has its own connection, as separate processes have (ConcurrentFirstRunTest runs four).
 */
class ConcurrentCreationTest {

    private static final int OPENERS = 6;
    private static final int ROUNDS = 15;

    @TempDir
    Path dir;

    @Test
    void openersOfOneNewFileAtTheSameInstantAllGetAMigratedDatabase() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(OPENERS);
        List<Throwable> failures = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Path file = dir.resolve("round-" + round).resolve("ascent.db");
                CyclicBarrier start = new CyclicBarrier(OPENERS);
                List<Future<?>> openers = new ArrayList<>();
                for (int i = 0; i < OPENERS; i++) {
                    String name = "Plan " + i;
                    openers.add(pool.submit(() -> {
                        start.await();
                        try (Database db = Database.open(file)) {
                            new SqlitePlanRepository(db)
                                    .create(
                                            new PlanDraft(
                                                    name, "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                                            Instant.now());
                        }
                        return null;
                    }));
                }
                for (Future<?> opener : openers) {
                    try {
                        opener.get();
                    } catch (Exception e) {
                        failures.add(e.getCause() == null ? e : e.getCause());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(failures).isEmpty();
    }
}
