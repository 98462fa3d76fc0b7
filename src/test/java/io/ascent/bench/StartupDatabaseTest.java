package io.ascent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.CheckIn;
import io.ascent.domain.Framework;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    @TempDir
    Path dir;

    private final Framework framework =
            FrameworkGenerator.generate(new FrameworkGenerator.Shape("tiny", 4, 6, 2, 2, 10));

    @Test
    void thePlanHasBeenInUseForAYear() {
        Path file = StartupDatabase.rebuild(dir.resolve("startup.db"), framework, NOW);

        try (AppContext context = AppContext.open(file, Clock.fixed(NOW, ZoneOffset.UTC))) {
            PlanSnapshot view = context.plans().open(1);
            List<MilestoneProgress> progress =
                    view.items().stream().map(m -> view.progressOf(m.id())).toList();
            List<CheckIn> checkIns = context.checkIns().history(1);

            assertThat(view.items()).hasSize(80);
            assertThat(view.readiness().done()).isEqualTo(36);
            assertThat(progress)
                    .filteredOn(MilestoneProgress::isDone)
                    .allMatch(p -> !p.evidence().isBlank());
            assertThat(progress)
                    .filteredOn(p -> p.status() == MilestoneStatus.IN_PROGRESS)
                    .hasSize(12)
                    .allMatch(p -> p.dueDate().isPresent());
            assertThat(view.plan().targetDate()).isPresent();
            assertThat(context.assessments().ratings(1))
                    .hasSize(framework
                            .competenciesFor(view.plan().specializationId())
                            .size());
            assertThat(checkIns).hasSize(26);
            assertThat(checkIns.get(0).takenAt()).isBefore(NOW.minus(Duration.ofDays(340)));
            assertThat(checkIns.get(checkIns.size() - 1).takenAt()).isEqualTo(NOW.minus(Duration.ofDays(3)));
            assertThat(context.checkIns().reminderDue(view, checkIns)).isFalse();
        }
    }
}
