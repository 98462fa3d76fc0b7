package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanSnapshot;
import io.ascent.service.HostileFixture;
import io.ascent.service.PlanFixture;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code milestone add|remove}, {@code plan edit} and {@code plan reached} run in-process on a
 * real database: what they print, their exit codes, and that a refusal changes nothing.
 */
class OwnPlanCliTest {

    private static final String PLAN = "Road to Senior PM";

    /*
     * PM -> Senior PM in Growth on the second-edition ladder: 17 core + 4 Growth competencies,
     * one cell each at Senior PM, every cell "2 of 3": 21 x 2 = 42 required milestones (63 items).
     * A required own milestone adds a slot (43); an optional one adds none. Senior PM -> Group PM
     * or Principal PM is likewise 21 cells, 42 of 63.
     */

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void plan() {
        cli = new CliRunner(dir.resolve("ascent.db"));
        CliRunner.Result created = cli.createPlan(PLAN, "--target-date", "2027-06-30");
        assertThat(created.code()).as(created.err()).isZero();
    }

    @AfterEach
    void englishAgain() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private PlanSnapshot stored(String name) {
        try (AppContext app = AppContext.open(cli.db(), PlanFixture.CLOCK)) {
            Plan plan = app.plans().plans().stream()
                    .filter(p -> p.name().equals(name))
                    .findFirst()
                    .orElseThrow();
            return app.plans().open(plan.id());
        }
    }

    @Test
    void milestoneAddPrintsTheNewIdAndTheMilestoneCountsAndPrints() {
        CliRunner.Result added = cli.cmd(
                "milestone",
                "add",
                PLAN,
                "--competency",
                "product-strategy",
                "--level",
                "senior-pm",
                "--title",
                "Led the pricing review",
                "--description",
                "Agreed with my manager",
                "--due",
                "2027-01-15");

        assertThat(added.code()).as(added.err()).isZero();
        String id = added.out().lines().findFirst().orElseThrow();
        assertThat(id).matches("own:[a-z0-9]{6}");
        assertThat(added.out().lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("Added: Led the pricing review (\"Road to Senior PM\" is now 0% ready, 0 of 43 "
                        + "milestones done).");
        CliRunner.Result done = cli.cmd("milestone", "done", PLAN, id, "--evidence", "Decision memo adopted");
        assertThat(done.out()).contains("1 of 43");
        CliRunner.Result shown = cli.cmd("plan", "show", PLAN, "--milestones");
        assertThat(shown.out())
                // The cell: 3 framework milestones needing 2, plus the required own one: 3 of 4 needed.
                .contains("Product strategy and vision  (1 of 3 done, 3 of 4 needed)")
                .contains("[x] " + id + "  Led the pricing review");
    }

    @Test
    void anOptionalMilestoneAddsNoSlot() {
        CliRunner.Result added = cli.cmd(
                "milestone",
                "add",
                PLAN,
                "--competency",
                "product-strategy",
                "--level",
                "senior-pm",
                "--title",
                "Pitched the bet to the board",
                "--optional");

        assertThat(added.code()).isZero();
        assertThat(added.out()).contains("0 of 42 milestones");
        assertThat(cli.cmd("plan", "show", PLAN, "--milestones").out())
                .contains("Product strategy and vision  (0 of 2 done, 2 of 4 needed)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown competency | nope             | senior-pm | Ran it | 1 | 'nope' is not a competency of the plan
            level not climbed  | product-strategy | director  | Ran it | 1 | 'director' is not a level of the plan
            empty title        | product-strategy | senior-pm | ' '    | 2 | --title is empty
            """)
    void milestoneAddRefusesWhatIsNotInThePlanAndChangesNothing(
            String what, String competency, String level, String title, int code, String says) throws Exception {
        String before = HostileFixture.checksum(cli.db());

        CliRunner.Result r =
                cli.cmd("milestone", "add", PLAN, "--competency", competency, "--level", level, "--title", title);

        assertThat(r.code()).isEqualTo(code);
        assertThat(r.errLine()).startsWith("ascent").contains(says);
        assertThat(r.out()).isEmpty();
        assertThat(HostileFixture.checksum(cli.db())).isEqualTo(before);
    }

    @Test
    void milestoneAddWithoutATitleIsMisuse() {
        CliRunner.Result r = cli.cmd("milestone", "add", PLAN, "--competency", "product-strategy", "--level", "pm");

        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.errLine()).contains("--title=TEXT");
    }

    @Test
    void milestoneRemoveTakesOutAnOwnMilestoneOnly() {
        String id = cli.cmd(
                        "milestone",
                        "add",
                        PLAN,
                        "--competency",
                        "innovation",
                        "--level",
                        "senior-pm",
                        "--title",
                        "Ran a hackathon")
                .out()
                .lines()
                .findFirst()
                .orElseThrow();

        CliRunner.Result framework = cli.cmd("milestone", "remove", PLAN, "product-strategy.senior-pm.1");
        CliRunner.Result removed = cli.cmd("milestone", "remove", PLAN, id);

        assertThat(framework.code()).isEqualTo(Cli.FAILED);
        assertThat(framework.errLine()).contains("is not one of your own milestones");
        assertThat(removed.code()).isZero();
        assertThat(removed.out()).startsWith("Removed: Ran a hackathon (").contains("0 of 42");
        assertThat(stored(PLAN).ownMilestones()).isEmpty();
    }

    @Test
    void planEditSaysWhatLeavesAndJoinsAndKeepsProgress() {
        cli.cmd("milestone", "done", PLAN, "product-strategy.senior-pm.1");

        CliRunner.Result edited = cli.cmd("plan", "edit", PLAN, "--level", "senior-pm", "--target", "group-pm");

        assertThat(edited.code()).as(edited.err()).isZero();
        assertThat(edited.out())
                .startsWith("Changed \"Road to Senior PM\": Senior PM -> Group PM, Growth, target date Jun 30, 2027.")
                // The 63 Senior PM items leave, the 63 Group PM items join; 1 of 42 is 2%.
                .contains("Leaving the plan (63; 1 of them done, their progress stays saved")
                .contains("    product-strategy.senior-pm.1  Set a 12-month vision")
                .contains("Joining the plan (63):")
                .contains("    product-strategy.group-pm.1  ")
                .contains("Readiness: 2% (1 of 42) before, 0% (0 of 42) now.");
        assertThat(stored(PLAN).progressOf("product-strategy.senior-pm.1").isDone())
                .isTrue();

        CliRunner.Result back = cli.cmd("plan", "edit", PLAN, "--level", "pm", "--target", "senior-pm");
        assertThat(back.out()).contains("Readiness: 0% (0 of 42) before, 2% (1 of 42) now.");
    }

    @Test
    void planEditRenamesAndClearsTheTargetDate() {
        CliRunner.Result edited = cli.cmd("plan", "edit", PLAN, "--name", "Road to SPM", "--target-date", "none");

        assertThat(edited.code()).isZero();
        assertThat(edited.out()).contains("The plan's milestones stay as they are.");
        assertThat(stored("Road to SPM").plan().targetDate()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nothing to change  | 2 |                                   | say what to change
            not a date         | 2 | --target-date;June                | --target-date needs a date written YYYY-MM-DD
            target below       | 1 | --target;apm                      | must be above
            unknown level      | 1 | --level;cto                       | Unknown current level 'cto'
            past date          | 1 | --target-date;2020-01-01          | in the past
            """)
    void planEditRefusesWithItsExitCodeAndChangesNothing(String what, int code, String options, String says)
            throws Exception {
        String before = HostileFixture.checksum(cli.db());
        String[] extra = options == null ? new String[0] : options.split(";");
        String[] args = new String[3 + extra.length];
        args[0] = "plan";
        args[1] = "edit";
        args[2] = PLAN;
        System.arraycopy(extra, 0, args, 3, extra.length);

        CliRunner.Result r = cli.cmd(args);

        assertThat(r.code()).isEqualTo(code);
        assertThat(r.errLine()).contains(says);
        assertThat(HostileFixture.checksum(cli.db())).isEqualTo(before);
    }

    @Test
    void planReachedMarksThePlanOffersTheNextAndThenEveryEditIsRefused() throws Exception {
        CliRunner.Result reached = cli.cmd("plan", "reached", PLAN, "--date", "2026-11-20");

        assertThat(reached.code()).as(reached.err()).isZero();
        assertThat(reached.out())
                .isEqualTo(
                        "Marked \"Road to Senior PM\" as reached on Nov 20, 2026. It is kept as it was from now on.\n"
                                // From Senior PM, where the tracks part, the next rung is the lowest
                                // level above, the first in ladder order at rank 4: Principal PM.
                                + "Next: Senior PM -> Principal PM, Growth. Start it with: ascent plan reached "
                                + "\"Road to Senior PM\" --next \"Road to Principal PM\"\n");
        assertThat(cli.cmd("plan", "list").out()).contains("0% (0 of 42), reached Nov 20, 2026");
        assertThat(cli.cmd("plan", "show", PLAN).out())
                .contains("Reached on Nov 20, 2026: this plan is kept as it was.");

        String before = HostileFixture.checksum(cli.db());
        for (String[] edit : new String[][] {
            {"milestone", "done", PLAN, "product-strategy.senior-pm.1"},
            {"milestone", "undo", PLAN, "product-strategy.senior-pm.1"},
            {"milestone", "add", PLAN, "--competency", "innovation", "--level", "senior-pm", "--title", "x"},
            {"plan", "edit", PLAN, "--target", "director"},
            {"plan", "reached", PLAN}
        }) {
            CliRunner.Result refused = cli.cmd(edit);
            assertThat(refused.code()).as(String.join(" ", edit)).isEqualTo(Cli.FAILED);
            assertThat(refused.errLine()).contains("“Road to Senior PM” was").contains("reached on Nov 20, 2026");
        }
        assertThat(HostileFixture.checksum(cli.db())).isEqualTo(before);
    }

    @Test
    void planReachedWithNextStartsTheNextPlanFromTheLevelReached() {
        cli.cmd("plan", "reached", PLAN);

        CliRunner.Result next = cli.cmd("plan", "reached", PLAN, "--next", "Road to Principal PM");

        assertThat(next.code()).as(next.err()).isZero();
        assertThat(next.out())
                .isEqualTo("Started \"Road to Principal PM\" (Senior PM -> Principal PM, Growth): your 0 ratings are "
                        + "its starting point, progress on 0 milestones came along; 42 milestones needed.\n");
        PlanSnapshot view = stored("Road to Principal PM");
        assertThat(view.plan().targetLevelId()).isEqualTo("principal-pm");
        assertThat(view.plan().currentLevelId()).isEqualTo("senior-pm");
        assertThat(view.plan().specializationId()).isEqualTo("growth");
        assertThat(stored(PLAN).plan().reachedOn())
                .contains(PlanFixture.CLOCK
                        .instant()
                        .atZone(PlanFixture.CLOCK.getZone())
                        .toLocalDate());
    }

    @Test
    void planReachedRefusesADateStillToComeAndATakenNextName() throws Exception {
        String before = HostileFixture.checksum(cli.db());
        CliRunner.Result future = cli.cmd("plan", "reached", PLAN, "--date", "2027-01-01");
        assertThat(future.code()).isEqualTo(Cli.FAILED);
        assertThat(future.errLine()).contains("is still to come");
        assertThat(HostileFixture.checksum(cli.db())).isEqualTo(before);

        CliRunner.Result taken = cli.cmd("plan", "reached", PLAN, "--next", PLAN);
        assertThat(taken.code()).isEqualTo(Cli.FAILED);
        assertThat(taken.out()).startsWith("Marked \"Road to Senior PM\" as reached");
        assertThat(taken.err()).contains("already exists");
    }

    @Test
    void badDateIsMisuse() {
        CliRunner.Result r = cli.cmd("plan", "reached", PLAN, "--date", "yesterday");

        assertThat(r.code()).isEqualTo(Cli.USAGE);
    }
}
