package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Cadence;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.PlanSnapshot;
import io.ascent.service.PlanFixture;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code plan cadence}: the rhythm of a plan from the command line, happy and error paths. */
class RhythmCliTest {

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void plan() {
        cli = new CliRunner(dir.resolve("ascent.db"));
        assertThat(cli.createPlan("Road to Senior PM").code()).isZero();
    }

    private Cadence stored() {
        try (AppContext app = AppContext.open(cli.db(), PlanFixture.CLOCK)) {
            return app.rhythms().cadence(app.plans().plans().get(0).id());
        }
    }

    @Test
    void cadenceWithoutOptionsPrintsTheDefaultRhythm() {
        CliRunner.Result result = cli.cmd("plan", "cadence", "Road to Senior PM");

        assertThat(result.code()).isZero();
        assertThat(result.out().strip())
                .isEqualTo("The rhythm of \"Road to Senior PM\": check-in every 4 weeks, 1:1 every 2 weeks, "
                        + "review every 6 months.");
    }

    @Test
    void cadenceOptionsChangeOnlyWhatIsGivenAndNoneDropsThe1on1s() {
        CliRunner.Result first = cli.cmd("plan", "cadence", "Road to Senior PM", "--check-in-weeks", "6");
        CliRunner.Result second =
                cli.cmd("plan", "cadence", "Road to Senior PM", "--one-on-one-weeks", "none", "--review-months", "12");

        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("check-in every 6 weeks, 1:1 every 2 weeks, review every 6 months.");
        assertThat(second.out()).contains("check-in every 6 weeks, no 1:1s, review every 12 months.");
        assertThat(stored()).isEqualTo(new Cadence(6, Optional.empty(), 12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --check-in-weeks   | 0    | 1 | A check-in every 0 weeks cannot be kept: choose 1 to 52 weeks.
            --review-months    | 30   | 1 | A review every 30 months cannot be kept: choose 1 to 24 months.
            --one-on-one-weeks | 13   | 1 | A 1:1 every 13 weeks cannot be kept: choose 1 to 12 weeks, or none.
            --one-on-one-weeks | soon | 2 | --one-on-one-weeks takes a number of weeks or 'none', not 'soon'
            --check-in-weeks   | many | 2 | Invalid value for option '--check-in-weeks'
            """)
    void badNumbersAreRefusedAndChangeNothing(String option, String value, int code, String says) {
        String before = cli.checksum();

        CliRunner.Result result = cli.cmd("plan", "cadence", "Road to Senior PM", option, value);

        assertThat(result.code()).isEqualTo(code);
        assertThat(result.errLine()).contains(says);
        assertThat(cli.checksum()).isEqualTo(before);
        assertThat(stored()).isEqualTo(Cadence.DEFAULT);
    }

    private void dueIn(int days) {
        try (AppContext app = AppContext.open(cli.db(), PlanFixture.CLOCK)) {
            long id = app.plans().plans().get(0).id();
            PlanSnapshot view = app.plans().open(id);
            MilestoneProgress first = view.progressOf(view.items().get(0).id());
            app.plans()
                    .saveProgress(
                            id,
                            first,
                            first.withDueDate(Optional.of(app.rhythms().today().plusDays(days))));
        }
    }

    @Test
    void upcomingListsTheNext1on1AndADueMilestoneByDateWithinTwoWeeks() {
        dueIn(3);

        CliRunner.Result result = cli.cmd("plan", "upcoming", "Road to Senior PM");

        // The plan was made today (28 Nov 2026): the first 1:1 is two weeks on, the check-in four.
        assertThat(result.code()).isZero();
        assertThat(result.out().lines().toList()).hasSize(2).satisfies(lines -> {
            assertThat(lines.get(0)).startsWith("2026-12-01  ").endsWith(": in 3 days, Dec 1, 2026");
            assertThat(lines.get(1)).isEqualTo("2026-12-12  1:1 with your manager: in 14 days, Dec 12, 2026");
        });
        assertThat(cli.cmd("plan", "upcoming", "Road to Senior PM", "--days", "28")
                        .out())
                .contains("2026-12-26  Check-in: in 28 days, Dec 26, 2026");
    }

    @Test
    void upcomingSaysWhenNothingIsDueAndRefusesABadWindow() {
        cli.cmd("plan", "cadence", "Road to Senior PM", "--one-on-one-weeks", "none");

        assertThat(cli.cmd("plan", "upcoming", "Road to Senior PM", "--days", "3")
                        .out()
                        .strip())
                .isEqualTo("Nothing is due in the next 3 days.");
        CliRunner.Result bad = cli.cmd("plan", "upcoming", "Road to Senior PM", "--days", "-2");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.errLine()).isEqualTo("ascent: Look ahead 0 to 3,660 days, not -2.");
        assertThat(cli.cmd("plan", "upcoming", "Road to Senior PM", "--days", "soon")
                        .code())
                .isEqualTo(2);
    }

    @Test
    void cadenceOfAnUnknownPlanFails() {
        CliRunner.Result result = cli.cmd("plan", "cadence", "Nope", "--check-in-weeks", "2");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errLine()).contains("Nope");
    }
}
