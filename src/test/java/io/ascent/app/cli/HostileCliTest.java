package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.LaunchOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile files and arguments on the command line: exit code 1 or 2, one plain line, the database unchanged. */
class HostileCliTest {

    @TempDir
    Path dir;

    private CliRunner cli;

    private CliRunner.Result run(String... args) {
        return cli.run(args);
    }

    private CliRunner.Result cmd(String... args) {
        return cli.cmd(args);
    }

    private Path db() {
        return cli.db();
    }

    private static String corpus(String name) throws Exception {
        return Path.of(HostileCliTest.class.getResource("/hostile/" + name).toURI())
                .toString();
    }

    private String checksum() {
        return cli.checksum();
    }

    @BeforeEach
    void createPlan() {
        cli = new CliRunner(dir.resolve("ascent.db"));
        CliRunner.Result created = cli.createPlan("Road to Senior PM");
        assertThat(created.code()).as(created.err()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            framework import   | fw-zip-renamed.json         | this is a zip archive, not a JSON or CSV file
            framework import   | fw-deep-arrays.json         | nested too deeply (more than 16 levels
            framework import   | fw-id-traversal.json        | "../../etc/passwd" is not a usable id
            framework import   | csv-wide-row.csv            | row 2 has 64 columns; at most 40
            framework validate | fw-nul-escaped.json         | cannot be stored (U+0000)
            plan import        | plan-future-version.json    | written by a newer Ascent (plan format version 7
            plan import        | plan-milestone-sql.json     | "x'); DROP TABLE plan;--" is not a usable id
            plan import        | plan-missing-framework.json | which is not installed. Import that framework first
            plan import        | plan-utf16le-bom.json       | saved as UTF-16
            """)
    void hostileFileFailsWithExitCodeOneAndOnePlainLineAndChangesNothing(String command, String file, String expected)
            throws Exception {
        String before = checksum();
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add(corpus(file));

        CliRunner.Result result = cmd(args.toArray(String[]::new));

        assertThat(result.code()).isEqualTo(Cli.FAILED);
        assertThat(result.err().lines())
                .hasSize(1)
                .first()
                .asString()
                .startsWith("ascent: " + file)
                .contains(expected);
        assertThat(checksum()).isEqualTo(before);
    }

    @Test
    void tooManyArgumentsIsMisuse() {
        List<String> args = new ArrayList<>(List.of("plan", "show", "Road to Senior PM"));
        args.addAll(Collections.nCopies(ArgumentLimits.MAX_ARGS, "--milestones"));

        CliRunner.Result result = cmd(args.toArray(String[]::new));

        assertThat(result.code()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).contains("too many arguments (" + (ArgumentLimits.MAX_ARGS + 5) + "; at most 256)");
    }

    @Test
    void aRepeatedRatingForOneCompetencyIsMisuseAndMakesNoDatabase() {
        Path manager = dir.resolve("manager.db");
        CliRunner.Result result = cli.run(
                "--db",
                manager.toString(),
                "review",
                "answer",
                dir.resolve("alex.ascent-review").toString(),
                "--reviewer",
                "Dana Lee",
                "--rate",
                "product-strategy=pm",
                "--rate",
                "product-strategy=senior-pm",
                "--out",
                dir.resolve("dana.ascent-review-response").toString());

        assertThat(result.code()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).contains("--rate is given twice for product-strategy. Give one --rate per competency");
        assertThat(manager).doesNotExist();
    }

    @Test
    void aCommentWithoutAnEqualsSignSaysHowToWriteIt() {
        CliRunner.Result result = cmd(
                "review",
                "answer",
                dir.resolve("alex.ascent-review").toString(),
                "--reviewer",
                "Dana Lee",
                "--comment",
                "product-strategy",
                "--out",
                dir.resolve("dana.ascent-review-response").toString());

        assertThat(result.code()).isEqualTo(Cli.USAGE);
        assertThat(result.err())
                .contains("--comment takes ID=VALUE, e.g. --comment product-strategy=senior-pm; "
                        + "\"product-strategy\" has no \"=\"");
    }

    @Test
    void aRatingCommentAndConfirmationForEachOf21CompetenciesFitTheArgumentLimit() {
        List<String> args = new ArrayList<>(List.of(
                "review",
                "answer",
                dir.resolve("missing.ascent-review").toString(),
                "--reviewer",
                "Dana Lee",
                "--out",
                dir.resolve("dana.ascent-review-response").toString(),
                "--decision",
                "ready",
                "--summary",
                "Ready."));
        for (int i = 0; i < 21; i++) {
            args.addAll(List.of("--rate", "c" + i + "=pm", "--comment", "c" + i + "=Fine.", "--confirm", "m" + i));
        }

        CliRunner.Result result = cmd(args.toArray(String[]::new));

        assertThat(result.err()).doesNotContain("too many arguments").contains("missing.ascent-review");
        assertThat(result.code()).isEqualTo(1);
    }

    @Test
    void aPathLongerThanAFileSystemAllowsIsMisuse() {
        CliRunner.Result result = cmd(
                "plan",
                "export",
                "Road to Senior PM",
                "--format",
                "json",
                "--out",
                dir.resolve("x".repeat(5000) + ".json").toString());

        assertThat(result.code()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).contains("FILE is too long for a file path (").contains("at most 4096");
    }

    @Test
    void anArgumentWithAControlCharacterIsMisuseAndStoresNothing() throws Exception {
        String before = checksum();

        CliRunner.Result result = cmd(
                "milestone",
                "done",
                "Road to Senior PM",
                "product-strategy.senior-pm.1",
                "--evidence",
                "shipped\u0000then");

        assertThat(result.code()).isEqualTo(Cli.USAGE);
        assertThat(result.err())
                .contains("the argument starting \"shipped?then\" contains a character that cannot be "
                        + "used (U+0000)");
        assertThat(checksum()).isEqualTo(before);
    }

    @Test
    void anArgumentLongerThanAnyFieldIsMisuse() {
        CliRunner.Result result = cmd(
                "milestone",
                "done",
                "Road to Senior PM",
                "product-strategy.senior-pm.1",
                "--evidence",
                "e".repeat(ArgumentLimits.MAX_ARG_CHARS + 1));

        assertThat(result.code()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).contains("is too long (20001 characters; at most 20000)");
    }

    @Test
    void aPlanNameLongerThanTheLimitFailsWithTheNameRule() {
        CliRunner.Result result = cli.createPlan("n".repeat(500));

        assertThat(result.code()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).contains("Keep the name to 120 characters or fewer (it has 500)");
    }

    @Test
    void theWindowRefusesAnOverlongDatabasePathOrLanguage() {
        assertThat(run("--db", "d".repeat(5000)).code()).isEqualTo(Cli.USAGE);
        Assertions.assertThatThrownBy(() -> LaunchOptions.parse(List.of("--db", "d".repeat(5000))))
                .hasMessageContaining("--db is too long for a file path (5000 characters; at most 4096)");
        Assertions.assertThatThrownBy(() -> LaunchOptions.parse(List.of("--lang", "x".repeat(100))))
                .hasMessageContaining("--lang needs a language");
        assertThat(cli.windows).isEmpty();
    }
}
