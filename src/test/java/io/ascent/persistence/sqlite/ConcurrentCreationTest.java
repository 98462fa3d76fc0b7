package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.ui.Waits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * Several Ascents making one new file at once all get a migrated database. Each opener has its own
 * connection, as separate processes have (ConcurrentFirstRunTest runs four). The two steps where
 * they met are staged for sure: one Ascent holding the write lock while it writes the new file's
 * first page (the switch to WAL), and one migrating while another reads whose file it is.
 */
class ConcurrentCreationTest {

    private static final int OPENERS = 6;
    private static final int ROUNDS = 15;

    @TempDir
    Path dir;

    private static Plan create(Database db, String name) {
        return new SqlitePlanRepository(db)
                .create(
                        new PlanDraft(name, "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                        Instant.now());
    }

    @Test
    void anOpenerThatMeetsAnotherMakingTheFileWaitsForItsWriteLock() throws Exception {
        // given: another Ascent made the file and holds the write lock, as while it writes the first page
        Path file = Files.createDirectories(dir.resolve("new")).resolve("ascent.db");
        Files.createFile(file);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");

            // when: this Ascent opens it meanwhile
            AtomicReference<Thread> opener = new AtomicReference<>();
            CompletableFuture<List<String>> opened = CompletableFuture.supplyAsync(() -> {
                opener.set(Thread.currentThread());
                try (Database db = Database.open(file)) {
                    create(db, "Mine");
                    return new SqlitePlanRepository(db)
                            .findAll().stream().map(Plan::name).toList();
                }
            });
            // The lock is let go once the opener waits for it (or has given up, as it used to at once).
            Waits.untilHolds(
                    "the opener to wait or fail",
                    () -> opened.isDone()
                            || opener.get() != null && opener.get().getState() == Thread.State.TIMED_WAITING);
            st.execute("COMMIT");

            // then: it waited, and made the database
            assertThat(opened.handle((names, failure) -> failure == null ? names : List.of(failure.toString()))
                            .get())
                    .containsExactly("Mine");
        }
    }

    @Test
    void anOpenerNeverDeletesTheNewFileAnotherAscentIsWriting() throws Exception {
        for (int round = 0; round < 20; round++) {
            Path file = Files.createDirectories(dir.resolve("taken-" + round)).resolve("ascent.db");
            // Another Ascent opens the empty file the moment this one has made it, and takes a
            // moment over the first page it writes under the write lock.
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
                long giveUp = System.nanoTime() + Waits.LIMIT_SECONDS * 1_000_000_000L;
                while (!Files.exists(file) && System.nanoTime() < giveUp) {
                    Thread.onSpinWait();
                }
                SQLiteConfig config = new SQLiteConfig();
                config.setBusyTimeout((int) Waits.LIMIT_SECONDS * 1000);
                try (Connection c = config.createConnection("jdbc:sqlite:" + file);
                        Statement st = c.createStatement()) {
                    st.execute("BEGIN IMMEDIATE");
                    Thread.sleep(100);
                    st.execute("CREATE TABLE other_ascents_work (x)");
                    st.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            try (Database db = Database.open(file)) {
                create(db, "Mine");
            }
            other.get();

            // Both are in the file: the opener waited, and deleted nothing the other was writing.
            try (Database db = Database.open(file)) {
                assertThat(new SqlitePlanRepository(db).findAll())
                        .extracting(Plan::name)
                        .as("round %d", round)
                        .containsExactly("Mine");
                Set<String> schema = db.withConnection(Ownership::schema);
                assertThat(schema).as("round %d", round).anyMatch(t -> t.startsWith("table other_ascents_work "));
            }
        }
    }

    @Test
    void whoseFileItIsIsReadFromOneSnapshotWhileAnotherAscentMigratesIt() throws Exception {
        Path file = dir.resolve("ascent.db");
        AtomicBoolean stop = new AtomicBoolean();
        // Another Ascent takes the new file from empty to migrated, again and again: every state a
        // reader can see is a new file or Ascent's (the way back only repeats the step).
        CompletableFuture<Void> migrating = CompletableFuture.runAsync(() -> {
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement st = other.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                while (!stop.get()) {
                    st.execute("BEGIN IMMEDIATE");
                    st.execute("CREATE TABLE plan (id INTEGER PRIMARY KEY)");
                    st.execute("PRAGMA user_version = " + Migrations.latestVersion());
                    st.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
                    st.execute("COMMIT");
                    st.execute("BEGIN IMMEDIATE");
                    st.execute("DROP TABLE plan");
                    st.execute("PRAGMA user_version = 0");
                    st.execute("PRAGMA application_id = 0");
                    st.execute("COMMIT");
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            Waits.untilHolds("the file to be switched to WAL", () -> DatabaseFiles.size(file) > 0);
            List<Integer> versions = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                versions.add(Ownership.check(file));
            }

            assertThat(versions).containsOnly(0, Migrations.latestVersion());
        } finally {
            stop.set(true);
            migrating.get();
        }
    }

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
                            create(db, name);
                        }
                        return null;
                    }));
                }
                int saved = 0;
                for (Future<?> opener : openers) {
                    try {
                        opener.get();
                        saved++;
                    } catch (Exception e) {
                        failures.add(e.getCause() == null ? e : e.getCause());
                    }
                }
                // Every plan an opener saved is in the file (none went to a -wal someone deleted).
                try (Database db = Database.open(file)) {
                    assertThat(new SqlitePlanRepository(db).findAll())
                            .as("round %d", round)
                            .hasSize(saved);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(failures).isEmpty();
    }
}
