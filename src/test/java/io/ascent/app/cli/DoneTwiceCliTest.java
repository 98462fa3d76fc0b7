package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.PlanSnapshot;
import io.ascent.service.PlanFixture;
import io.ascent.service.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code milestone done} on a milestone already done writes nothing and says so; its evidence is
 * replaced only when asked ({@code --replace-evidence}), saying what it replaced; and of two
 * commands that tick one milestone with different evidence at once, the second is refused as a
 * conflict, never silently overwriting the first.
 */
class DoneTwiceCliTest {

    private static final String PLAN = "Road to Senior PM";

    @TempDir
    Path dir;

    private CliRunner cli;
    private String id;

    @BeforeEach
    void aPlan() {
        cli = new CliRunner(db());
        assertThat(cli.createPlan(PLAN).code()).isZero();
        try (AppContext app = AppContext.open(db(), PlanFixture.CLOCK)) {
            id = app.plans()
                    .open(app.plans().plans().get(0).id())
                    .items()
                    .get(0)
                    .id();
        }
    }

    private Path db() {
        return dir.resolve("ascent.db");
    }

    private MilestoneProgress stored() {
        try (AppContext app = AppContext.open(db(), PlanFixture.CLOCK)) {
            return app.plans().open(app.plans().plans().get(0).id()).progressOf(id);
        }
    }

    @Test
    void aSecondTickWritesNothingAndNewEvidenceNeedsToBeAskedFor() throws Exception {
        assertThat(cli.cmd("milestone", "done", PLAN, id, "--evidence", "FIRST").code())
                .isZero();
        byte[] before = Files.readAllBytes(db());

        CliRunner.Result again = cli.cmd("milestone", "done", PLAN, id);
        CliRunner.Result sameEvidence = cli.cmd("milestone", "done", PLAN, id, "--evidence", "FIRST");
        CliRunner.Result other = cli.cmd("milestone", "done", PLAN, id, "--evidence", "SECOND");

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("was already done on", "nothing was changed");
        assertThat(sameEvidence.out()).contains("was already done on");
        assertThat(other.code()).isEqualTo(1);
        assertThat(other.errLine()).contains("already done", "\"FIRST\"", "--replace-evidence", "Nothing was changed");
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
        assertThat(stored().evidence()).isEqualTo("FIRST");

        CliRunner.Result replaced =
                cli.cmd("milestone", "done", PLAN, id, "--evidence", "SECOND", "--replace-evidence");

        assertThat(replaced.code()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("replaced (it was \"FIRST\")");
        assertThat(stored().evidence()).isEqualTo("SECOND");
        assertThat(stored().isDone()).isTrue();
    }

    @Test
    void ofTwoTicksWithDifferentEvidenceAtOnceTheSecondIsRefusedAsAConflict() {
        try (AppContext first = AppContext.open(db(), PlanFixture.CLOCK);
                AppContext second = AppContext.open(db(), PlanFixture.CLOCK)) {
            long planId = first.plans().plans().get(0).id();
            PlanSnapshot seenByFirst = first.plans().open(planId);
            PlanSnapshot seenBySecond = second.plans().open(planId);
            Milestone milestone = seenByFirst.item(id).orElseThrow();

            DoneTick.tick(first.plans(), planId, milestone, seenByFirst.progressOf(id), "EV-A", false);

            assertThatThrownBy(() -> DoneTick.tick(
                            second.plans(), planId, milestone, seenBySecond.progressOf(id), "EV-B", false))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Not saved")
                    .hasMessageContaining("\"EV-A\"");
        }
        assertThat(stored().evidence()).isEqualTo("EV-A");
        assertThat(stored().isDone()).isTrue();
    }
}
