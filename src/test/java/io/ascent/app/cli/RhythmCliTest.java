package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import io.ascent.app.boot.AppContext;
import io.ascent.domain.Cadence;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.PlanSnapshot;
import io.ascent.service.PlanFixture;
import java.nio.file.Files;
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
            --check-in-weeks   | many | 2 | --check-in-weeks takes a whole number, such as 4; 'many' is not one
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
    void planEditTakesTheRhythmOptionsAloneOrWithOtherChoices() {
        CliRunner.Result alone = cli.cmd("plan", "edit", "Road to Senior PM", "--one-on-one-weeks", "1");
        CliRunner.Result both =
                cli.cmd("plan", "edit", "Road to Senior PM", "--name", "Senior PM by June", "--review-months", "3");

        assertThat(alone.code()).isZero();
        assertThat(alone.out().strip())
                .isEqualTo("The rhythm of \"Road to Senior PM\": check-in every 4 weeks, 1:1 every week, "
                        + "review every 6 months.");
        assertThat(both.code()).as(both.err()).isZero();
        assertThat(both.out())
                .contains("The rhythm of \"Senior PM by June\": check-in every 4 weeks, 1:1 every week, "
                        + "review every 3 months.");
        assertThat(stored()).isEqualTo(new Cadence(4, Optional.of(1), 3));
    }

    @Test
    void planEditRefusesABadRhythmBeforeChangingAnything() {
        String before = cli.checksum();

        CliRunner.Result result =
                cli.cmd("plan", "edit", "Road to Senior PM", "--name", "Other", "--check-in-weeks", "99");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errLine()).contains("A check-in every 99 weeks cannot be kept");
        assertThat(cli.checksum()).isEqualTo(before);
    }

    @Test
    void agendaPrintsTextOrMarkdownWithTheQuestionsAsked() {
        CliRunner.Result asked = cli.cmd("plan", "agenda", "Road to Senior PM", "--ask", "Promotion timing?");
        dueIn(3);

        CliRunner.Result text = cli.cmd("plan", "agenda", "Road to Senior PM");
        CliRunner.Result markdown = cli.cmd("plan", "agenda", "Road to Senior PM", "--format", "md");

        assertThat(asked.code()).isZero();
        assertThat(asked.out().strip()).isEqualTo("Added for your next 1:1: Promotion timing?");
        assertThat(text.code()).isZero();
        assertThat(text.out())
                .startsWith("1:1 agenda: Road to Senior PM, Nov 28, 2026\nSince the plan began")
                .contains("Due or overdue:\n  - ")
                .contains(": due Dec 1, 2026")
                .contains("My questions:\n  - Promotion timing?");
        assertThat(markdown.out())
                .startsWith("# 1:1 agenda: Road to Senior PM, Nov 28, 2026\n")
                .contains("## My questions\n- Promotion timing?\n");
    }

    @Test
    void agendaRefusesAnUnknownFormatAndAMultiLineQuestionChangesNothing() {
        String before = cli.checksum();

        CliRunner.Result format = cli.cmd("plan", "agenda", "Road to Senior PM", "--format", "pdf");
        CliRunner.Result question = cli.cmd("plan", "agenda", "Road to Senior PM", "--ask", "one\ntwo");

        assertThat(format.code()).isEqualTo(2);
        assertThat(format.errLine()).contains("--format takes md or text, not 'pdf'");
        assertThat(question.code()).isEqualTo(1);
        assertThat(question.errLine()).isEqualTo("ascent: A question must fit on one line.");
        assertThat(cli.checksum()).isEqualTo(before);
    }

    @Test
    void calendarWritesAnIcsFileAndRefusesToReplaceOneWithoutForce() throws Exception {
        Path file = dir.resolve("plan.ics");

        CliRunner.Result first = cli.cmd("plan", "calendar", "Road to Senior PM", "--out", file.toString());
        CliRunner.Result again = cli.cmd("plan", "calendar", "Road to Senior PM", "--out", file.toString());
        CliRunner.Result forced = cli.cmd("plan", "calendar", "Road to Senior PM", "--out", file.toString(), "--force");

        assertThat(first.code()).isZero();
        assertThat(first.out()).startsWith("Wrote " + file.toAbsolutePath());
        ICalendar calendar = Biweekly.parse(Files.readString(file)).first();
        assertThat(calendar.getEvents()).hasSize(3);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.errLine()).contains("already exists");
        assertThat(forced.code()).isZero();
        assertThat(cli.cmd("plan", "calendar", "Road to Senior PM").code()).isEqualTo(2);
    }

    @Test
    void aReachedPlanHasNothingUpcomingAndNoCalendar() {
        Path file = dir.resolve("plan.ics");
        assertThat(cli.cmd("plan", "reached", "Road to Senior PM", "--date", "2026-11-28")
                        .code())
                .isZero();

        CliRunner.Result upcoming = cli.cmd("plan", "upcoming", "Road to Senior PM", "--days", "400");
        CliRunner.Result calendar = cli.cmd("plan", "calendar", "Road to Senior PM", "--out", file.toString());

        assertThat(upcoming.code()).isZero();
        assertThat(upcoming.out())
                .doesNotContain("1:1")
                .doesNotContain("Check-in")
                .doesNotContain("eview");
        assertThat(calendar.code()).isEqualTo(1);
        assertThat(calendar.errLine()).contains("was reached on").contains("nothing in it falls due");
        assertThat(file).doesNotExist();
    }

    @Test
    void cadenceOfAnUnknownPlanFails() {
        CliRunner.Result result = cli.cmd("plan", "cadence", "Nope", "--check-in-weeks", "2");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errLine()).contains("Nope");
    }
}
