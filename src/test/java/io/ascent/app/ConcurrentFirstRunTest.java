package io.ascent.app;

import static io.ascent.app.ChildCli.args;
import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Plan;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four processes that make the same new database at once all succeed: one migrates it, the others
 * wait for its lock and find the schema there (before, some failed with "table plan already exists").
 */
class ConcurrentFirstRunTest {

    @TempDir
    Path dir;

    @Test
    void fourProcessesCreatingOneNewDatabaseAtOnceAllSucceed() {
        Path db = dir.resolve("new").resolve("ascent.db");
        List<CompletableFuture<ChildCli.Result>> runs = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            List<String> create = args(
                    "--db",
                    db.toString(),
                    "plan",
                    "create",
                    "--name",
                    "Plan " + i,
                    "--level",
                    "pm",
                    "--target",
                    "senior-pm",
                    "--specialization",
                    "growth");
            runs.add(CompletableFuture.supplyAsync(() -> ChildCli.run(create)));
        }

        List<ChildCli.Result> results =
                runs.stream().map(CompletableFuture::join).toList();

        assertThat(results).allSatisfy(r -> assertThat(r.code()).as(r.err()).isZero());
        try (AppContext app = AppContext.open(db, Clock.systemDefaultZone())) {
            assertThat(app.plans().plans())
                    .extracting(Plan::name)
                    .containsExactlyInAnyOrder("Plan 1", "Plan 2", "Plan 3", "Plan 4");
        }
    }
}
