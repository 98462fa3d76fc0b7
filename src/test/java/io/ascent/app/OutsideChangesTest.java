package io.ascent.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.PlanDraft;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A window's look for changes made elsewhere notices a write of the command line in another process. */
class OutsideChangesTest {

    @TempDir
    Path dir;

    @Test
    void aTickOfTheCommandLineInAnotherProcessIsNoticedOnceAndTheWindowsOwnWritesAreNot() {
        Path db = dir.resolve("ascent.db");
        try (AppContext window = AppContext.open(db, Clock.systemDefaultZone())) {
            long planId = window.plans()
                    .create(new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                    .id();
            String milestone = window.plans().open(planId).items().get(0).id();
            assertThat(window.outsideChanges().sinceLastLook()).isFalse();

            ChildCli.Result tick = ChildCli.run(List.of("--db", db.toString(), "milestone", "done", "Road", milestone));

            assertThat(tick.code()).as(tick.err()).isZero();
            assertThat(window.outsideChanges().sinceLastLook()).isTrue();
            assertThat(window.outsideChanges().sinceLastLook()).isFalse();
            assertThat(window.plans().open(planId).progressOf(milestone).isDone())
                    .isTrue();
        }
    }
}
