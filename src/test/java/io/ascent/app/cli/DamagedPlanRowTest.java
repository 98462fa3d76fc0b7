package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.persistence.sqlite.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One plan with values no one can read (a date another tool wrote, a framework that is gone) is
 * listed as damaged by name; every other plan lists, shows and exports as before, and the damaged
 * one still exports what can be read.
 */
class DamagedPlanRowTest {

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void threePlansOneWithBadDatesOneWithoutItsFramework() throws Exception {
        cli = new CliRunner(dir.resolve("ascent.db"));
        for (String name : new String[] {"First", "Second", "Third"}) {
            CliRunner.Result created = cli.createPlan(name, "--target-date", "2027-06-30");
            assertThat(created.code()).as(created.err()).isZero();
        }
        assertThat(cli.cmd("milestone", "done", "Second", "product-strategy.senior-pm.1")
                        .code())
                .isZero();
        try (Database db = Database.open(cli.db())) {
            db.withConnection(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate(
                            "UPDATE plan SET created_at = 'yesterday', target_date = '2026-13-45' WHERE name = 'Second'");
                    st.executeUpdate("UPDATE milestone_progress SET done_date = '31/12/2026'");
                    return st.executeUpdate("UPDATE plan SET framework_id = 'gone-ladder' WHERE name = 'Third'");
                }
            });
        }
    }

    @Test
    void everyPlanIsListedAndTheDamagedOnesAreNamed() {
        CliRunner.Result list = cli.cmd("plan", "list");

        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("First", "Second", "Third");
        assertThat(list.out()
                        .lines()
                        .filter(l -> l.startsWith("First"))
                        .findFirst()
                        .orElseThrow())
                // PM -> Senior PM in Growth: 21 cells x "2 of 3" = 42 needed; 1 of 42 is 2%.
                .contains("0% (0 of 42)")
                .doesNotContain("damaged");
        assertThat(list.out()
                        .lines()
                        .filter(l -> l.startsWith("Second"))
                        .findFirst()
                        .orElseThrow())
                .contains("2% (1 of 42)", "(damaged)");
        assertThat(list.out()
                        .lines()
                        .filter(l -> l.startsWith("Third"))
                        .findFirst()
                        .orElseThrow())
                .contains("(damaged)");
        assertThat(list.err())
                .contains("Part of \"Second\" cannot be read", "Created \"yesterday\"", "Target date \"2026-13-45\"")
                .contains("Done date \"31/12/2026\"")
                .contains("\"Third\" cannot be opened", "gone-ladder")
                .doesNotContain("Exception");
    }

    @Test
    void theOtherPlansShowAndExportAsBefore() throws Exception {
        Path file = dir.resolve("first.json");

        CliRunner.Result show = cli.cmd("plan", "show", "First");
        CliRunner.Result export = cli.cmd("plan", "export", "First", "--format", "json", "--out", file.toString());

        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.err()).isEmpty();
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readString(file)).contains("\"name\" : \"First\"", "\"targetDate\" : \"2027-06-30\"");
    }

    @Test
    void theDamagedPlansStillExportWhatCanBeRead() throws Exception {
        Path second = dir.resolve("second.json");
        Path third = dir.resolve("third.json");

        CliRunner.Result exportSecond =
                cli.cmd("plan", "export", "Second", "--format", "json", "--out", second.toString());
        CliRunner.Result exportThird =
                cli.cmd("plan", "export", "Third", "--format", "json", "--out", third.toString());
        CliRunner.Result showThird = cli.cmd("plan", "show", "Third");

        assertThat(exportSecond.code()).as(exportSecond.err()).isZero();
        assertThat(exportSecond.err()).contains("Part of \"Second\" cannot be read");
        assertThat(Files.readString(second))
                .contains("\"name\" : \"Second\"", "product-strategy.senior-pm.1", "\"status\" : \"DONE\"")
                .doesNotContain("targetDate", "2026-13-45");
        assertThat(exportThird.code()).as(exportThird.err()).isZero();
        assertThat(Files.readString(third)).contains("\"framework\" : \"gone-ladder\"");
        assertThat(showThird.code()).isEqualTo(1);
        assertThat(showThird.errLine()).contains("gone-ladder", "not installed");
    }
}
