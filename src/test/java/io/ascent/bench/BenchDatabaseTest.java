package io.ascent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Framework;
import io.ascent.domain.PlanSnapshot;
import io.ascent.persistence.sqlite.Backups;
import io.ascent.persistence.sqlite.Database;
import io.ascent.service.PlanService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchDatabaseTest {

    @TempDir
    Path dir;

    private final Framework framework =
            FrameworkGenerator.generate(new FrameworkGenerator.Shape("tiny", 3, 4, 2, 1, 10));

    @Test
    void everyPlanGetsAProgressRowForEveryMilestone() throws Exception {
        Path file = BenchDatabase.ensure(dir.resolve("bench.db"), framework, 3);

        try (Database database = Database.open(file)) {
            database.withConnection(c -> {
                try (var st = c.createStatement();
                        var rs = st.executeQuery(
                                "SELECT (SELECT count(*) FROM plan), (SELECT count(*) FROM milestone_progress)")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(3);
                    assertThat(rs.getInt(2)).isEqualTo(3 * 60);
                }
                return null;
            });
        }
    }

    @Test
    void plansOpenThroughTheServiceWithTheExpectedReadiness() {
        Path file = BenchDatabase.ensure(dir.resolve("bench.db"), framework, 3);

        try (AppContext context = AppContext.open(file, Clock.systemDefaultZone())) {
            PlanService plans = context.plans();
            PlanSnapshot view = plans.open(2);

            long done = 0;
            for (int i = 0; i < framework.milestones().size(); i++) {
                String id = framework.milestones().get(i).id();
                if (BenchDatabase.status(2, i).equals("DONE")
                        && view.items().stream().anyMatch(m -> m.id().equals(id))) {
                    done++;
                }
            }
            assertThat(view.items()).hasSize(50);
            assertThat(view.readiness().done()).isEqualTo(done).isPositive();
        }
    }

    @Test
    void aRebuildAfterTheAppMadeABackupStillOpens() throws Exception {
        Path file = BenchDatabase.rebuild(dir.resolve("startup.db"), framework, 1, Instant.now());
        try (Database database = Database.open(file)) {
            // What the app's daily backup does a few seconds after its window shows.
            Backups.beside(file, Clock.systemUTC()).create(database, "daily");
        }

        BenchDatabase.rebuild(file, framework, 1, Instant.now());

        try (AppContext context = AppContext.open(file, Clock.systemDefaultZone())) {
            assertThat(context.plans().plans()).hasSize(1);
        }
    }

    @Test
    void completeFileIsReusedNotRebuilt() throws Exception {
        Path file = BenchDatabase.ensure(dir.resolve("bench.db"), framework, 3);
        // Dated far back: a rebuild, or any write, would give it today's time whatever the clock's grain.
        FileTime built = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, built);

        BenchDatabase.ensure(file, framework, 3);

        assertThat(Files.getLastModifiedTime(file)).isEqualTo(built);
        assertThat(dir.resolve("bench.db.partial")).doesNotExist();
    }
}
