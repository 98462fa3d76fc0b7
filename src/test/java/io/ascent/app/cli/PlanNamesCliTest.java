package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plan names as people read them: one name whatever its case or Unicode normalization, no
 * invisible characters that change how text reads, and the command line says when it took a plan
 * whose name is not exactly what was typed.
 */
class PlanNamesCliTest {

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void aPlanNamedSame() {
        cli = new CliRunner(dir.resolve("ascent.db"));
        assertThat(cli.createPlan("Same").code()).isZero();
        assertThat(cli.createPlan("Caf\u00e9").code()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"same", "SAME", " Same ", "Cafe\u0301", "CAF\u00c9"})
    void aNameThatDiffersOnlyInCaseOrNormalizationIsTaken(String name) {
        CliRunner.Result result = cli.createPlan(name);

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errLine()).contains("already exists");
        assertThat(cli.cmd("plan", "list").out().lines().count()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Evil\u202Eeman", "Road\u200Bto Senior", "\uFEFFRoad", "Road \u2066to\u2069 Senior"})
    void invisibleCharactersThatChangeHowANameReadsAreRefused(String name) {
        CliRunner.Result result = cli.createPlan(name);

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errLine()).contains("cannot contain the invisible character U+");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\uD83D\uDC69\u200D\uD83D\uDCBB Dev lead",
                "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645",
                "\u200Fשלום PM"
            })
    void joinersAndDirectionMarksThatScriptsNeedAreKept(String name) {
        CliRunner.Result result = cli.createPlan(name);

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(cli.cmd("plan", "list").out()).contains(name.strip());
    }

    @Test
    void aNameTypedInAnotherCaseFindsThePlanAndSaysWhichItUsed() {
        CliRunner.Result tick = cli.cmd("milestone", "done", "sAME", "product-strategy.senior-pm.1");

        assertThat(tick.code()).as(tick.err()).isZero();
        assertThat(tick.errLine())
                .isEqualTo("ascent: No plan is named exactly \"sAME\"; using \"Same\", whose name "
                        + "differs only in upper and lower case.");
        // 1 of the 42 needed for PM -> Senior PM in Growth (21 cells x "2 of 3") is 2%.
        assertThat(tick.out()).contains("\"Same\" is now 2% ready");
    }

    @Test
    void anExactNameIsUsedWithoutANote() {
        CliRunner.Result show = cli.cmd("plan", "show", "Same");

        assertThat(show.code()).isZero();
        assertThat(show.err()).isEmpty();
    }

    @Test
    void importingUnderATakenNameSaysHowToImportUnderAnother() {
        Path file = dir.resolve("same.json");
        cli.cmd("plan", "export", "Same", "--format", "json", "--out", file.toString());

        CliRunner.Result result = cli.cmd("plan", "import", file.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errLine()).contains("already exists", "--name NAME");
    }
}
