package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.LadderTexts;
import io.ascent.app.boot.AppContext;
import io.ascent.domain.Framework;
import io.ascent.domain.MilestoneStatus;
import io.ascent.persistence.files.FrameworkReader;
import io.ascent.persistence.sqlite.Database;
import io.ascent.service.PlanFixture;
import io.ascent.text.I18n;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line run in-process, with its output and exit code captured. */
class CliTest {

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void runner() {
        cli = new CliRunner(dir.resolve("ascent.db"));
    }

    private CliRunner.Result run(String... args) {
        return cli.run(args);
    }

    @AfterEach
    void englishAgain() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private Path db() {
        return dir.resolve("ascent.db");
    }

    private CliRunner.Result cmd(String... args) {
        return cli.cmd(args);
    }

    private void createPlan() {
        CliRunner.Result created = cli.createPlan("Road to Senior PM", "--target-date", "2027-06-30");
        assertThat(created.code()).as(created.err()).isZero();
    }

    private String firstMilestoneId() {
        try (AppContext app = AppContext.open(db(), PlanFixture.CLOCK)) {
            return app.plans()
                    .open(app.plans().plans().get(0).id())
                    .items()
                    .get(0)
                    .id();
        }
    }

    @Test
    void noCommandOpensTheWindowOnTheGivenDatabase() {
        assertThat(run("--db", db().toString()).code()).isZero();
        assertThat(run().code()).isZero();
        assertThat(run("--lang", "es").code()).isZero();

        assertThat(cli.windows).containsExactly(List.of("--db", db().toString()), List.of(), List.of("--lang", "es"));
    }

    @Test
    void aWindowOptionThatMakesNoSenseIsMisuse() {
        CliRunner.Result result = run("--lang", "");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.errLine()).contains("--lang needs a language");
        assertThat(cli.windows).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            --help,                          plan
            plan --help,                     export
            plan create --help,              --target-date
            plan export --help,              --include-private-notes
            milestone done --help,           --evidence
            framework validate --help,       FILE
            framework import --help,         --milestones
            """)
    void everyCommandHasHelp(String command, String mentions) {
        CliRunner.Result result = run(command.split(" "));

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains(mentions).contains("--db");
        assertThat(cli.windows).isEmpty();
    }

    @Test
    void createdPlanIsListedWithItsReadiness() {
        createPlan();

        CliRunner.Result list = cmd("plan", "list");

        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("Road to Senior PM", "Product Manager", "Senior PM", "Growth", "0% (0 of 42)");
    }

    @Test
    void emptyDatabaseListsHowToCreateAPlan() {
        Database.open(db()).close();

        CliRunner.Result list = cmd("plan", "list");

        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("No plans yet", "ascent plan create");
    }

    @Test
    void databaseOptionWorksAfterTheCommandToo() {
        createPlan();

        CliRunner.Result list = run("plan", "list", "--db", db().toString());

        assertThat(list.out()).contains("Road to Senior PM");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            'plan create --name X --level cto --target senior-pm --specialization growth', 1, Unknown current level 'cto'
            'plan create --name X --level pm --target senior-pm --specialization sales', 1, is not a specialization of Product Management ladder
            'plan create --name X --level pm --target senior-pm',                      2, Choose a specialization of Product Management ladder
            'plan create --name X --level pm --target senior-pm --specialization growth --target-date 31/12/2027', 2, '31/12/2027'
            'plan show Nobody',                                                        1, No plan named "Nobody"
            'plan lisst',                                                              2, unknown lisst; did you mean list?
            'frobnicate',                                                              2, unknown frobnicate
            """)
    void misuseAndFailuresExitWithOneLine(String command, int code, String says) {
        Database.open(db()).close();

        CliRunner.Result result = cmd(command.split(" "));

        assertThat(result.code()).isEqualTo(code);
        assertThat(result.errLine()).contains(says);
        assertThat(Files.exists(db()) ? planCount() : 0).isZero();
    }

    private int planCount() {
        try (AppContext app = AppContext.open(db(), PlanFixture.CLOCK)) {
            return app.plans().plans().size();
        }
    }

    @Test
    void showPrintsReadinessAndListsMilestoneIdsOnRequest() {
        createPlan();
        String id = firstMilestoneId();

        CliRunner.Result brief = cmd("plan", "show", "road to senior pm");
        CliRunner.Result full = cmd("plan", "show", "Road to Senior PM", "--milestones");

        assertThat(brief.code()).isZero();
        assertThat(brief.out())
                .contains(
                        "0% ready for Senior PM (0 of 42 milestones done)",
                        "Gaps (biggest first)", "Product strategy and vision", "Next 30 days", "Next 90 days")
                .doesNotContain("[ ] ");
        assertThat(full.out()).contains("[ ] " + id);
    }

    @Test
    void milestoneDoneStoresTheTickAndEvidenceAndUndoTakesItBack() {
        createPlan();
        String id = firstMilestoneId();

        CliRunner.Result done =
                cmd("milestone", "done", "Road to Senior PM", id, "--evidence", "Vision doc adopted by the VP");

        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains("is now 2% ready, 1 of 42");
        try (AppContext app = AppContext.open(db(), PlanFixture.CLOCK)) {
            var progress = app.plans().open(app.plans().plans().get(0).id()).progressOf(id);
            assertThat(progress.status()).isEqualTo(MilestoneStatus.DONE);
            assertThat(progress.evidence()).isEqualTo("Vision doc adopted by the VP");
        }

        CliRunner.Result undo = cmd("milestone", "undo", "Road to Senior PM", id);

        assertThat(undo.code()).isZero();
        assertThat(undo.out()).contains("0 of 42");
        assertThat(cmd("plan", "show", "Road to Senior PM", "--milestones").out())
                .contains("[ ] " + id);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            zh-CN, 产品总监,             总监
            es,    Director de Producto, Monetización
            """)
    void planShowInChineseOrSpanishHoldsNoEnglishLadderText(String language, String director, String word) {
        cmd(
                "plan",
                "create",
                "--name",
                "晋升",
                "--level",
                "apm",
                "--target",
                "director",
                "--specialization",
                "monetization");
        cmd("milestone", "done", "晋升", "product-strategy.pm.1", "--evidence", "Done, see the doc");

        CliRunner.Result show = cmd("--lang", language, "plan", "show", "晋升", "--milestones");
        CliRunner.Result ladder = cmd("--lang", language, "framework", "show");

        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains(director);
        Framework shipped = new FrameworkReader().readDefault();
        assertThat(LadderTexts.leftInEnglish(show.out(), shipped, language, List.of("晋升", "Done, see the doc")))
                .isEmpty();
        assertThat(ladder.out()).contains(word);
        assertThat(LadderTexts.leftInEnglish(ladder.out(), shipped, language, List.of()))
                .isEmpty();
    }

    @Test
    void aMilestoneIdOfTheFirstEditionTicksTheMilestoneThatReplacedIt() {
        createPlan();

        // id-map.md: people-leadership.senior-pm.1 "replaced by people-leadership.senior-pm.4".
        CliRunner.Result done = cmd("milestone", "done", "Road to Senior PM", "people-leadership.senior-pm.1");

        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).startsWith("Done: Coached several PMs against written development goals");
        try (AppContext app = AppContext.open(db(), PlanFixture.CLOCK)) {
            var view = app.plans().open(app.plans().plans().get(0).id());
            assertThat(view.progressOf("people-leadership.senior-pm.4").isDone())
                    .isTrue();
            assertThat(view.progress()).doesNotContainKey("people-leadership.senior-pm.1");
        }
    }

    @Test
    void milestoneWithABadIdFails() {
        createPlan();

        CliRunner.Result result = cmd("milestone", "done", "Road to Senior PM", "no.such.milestone");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errLine()).contains("has no milestone 'no.such.milestone'", "--milestones");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            pdf,  plan.pdf, %PDF-
            md,   plan.md,  # Road to Senior PM
            json, plan.json, "formatVersion" : 1
            """)
    void exportWritesEachFormat(String format, String fileName, String startsWith) throws IOException {
        createPlan();
        Path out = dir.resolve(fileName);

        CliRunner.Result result =
                cmd("plan", "export", "Road to Senior PM", "--format", format, "--out", out.toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("Wrote " + out);
        String text = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
        assertThat(text).contains(startsWith);
    }

    @Test
    void exportToAMissingFolderFailsAndWritesNothing() {
        createPlan();
        Path out = dir.resolve("no-such-folder").resolve("plan.pdf");

        CliRunner.Result result =
                cmd("plan", "export", "Road to Senior PM", "--format", "pdf", "--out", out.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errLine()).contains("Cannot write", "does not exist");
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    void exportWithAnUnknownFormatIsMisuse() {
        createPlan();

        CliRunner.Result result = cmd("plan", "export", "Road to Senior PM", "--format", "docx", "--out", "x.docx");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.errLine()).contains("'docx' is not a format; use one of pdf, md, json");
    }

    @Test
    void importAddsThePlanAndRefusesASecondCopyUnlessRenamed() {
        createPlan();
        cmd("milestone", "done", "Road to Senior PM", firstMilestoneId());
        Path file = dir.resolve("plan.json");
        cmd("plan", "export", "Road to Senior PM", "--format", "json", "--out", file.toString());
        String other = dir.resolve("other.db").toString();

        CliRunner.Result imported = run("--db", other, "plan", "import", file.toString());
        CliRunner.Result again = run("--db", other, "plan", "import", file.toString());
        CliRunner.Result renamed = run("--db", other, "plan", "import", file.toString(), "--name", "Copy");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported \"Road to Senior PM\": 2% ready (1 of 42");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.errLine()).contains("already exists");
        assertThat(renamed.code()).isZero();
        assertThat(run("--db", other, "plan", "list").out()).contains("Copy", "Road to Senior PM");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            broken.json,  '{"formatVersion": 1, "kind": ',  not valid JSON
            newer.json,   '{"formatVersion": 9, "kind": "ascent-plan"}', newer Ascent
            missing.json, '',                                  cannot be read
            """)
    void importOfABadFileFailsAndChangesNothing(String name, String content, String says) throws IOException {
        Path file = dir.resolve(name);
        if (!name.equals("missing.json")) {
            Files.writeString(file, content);
        }

        CliRunner.Result result = cmd("plan", "import", file.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errLine()).contains(says);
        assertThat(planCount()).isZero();
    }

    @Test
    void frameworkValidateAcceptsTheShippedLadderAndExplainsABrokenOne() throws IOException {
        CliRunner.Result good = cmd(
                "framework",
                "validate",
                Path.of("assets/frameworks/pm-default.json").toString());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"id\": \"x\", \"name\": \"X\", \"levels\": []}");
        CliRunner.Result bad = cmd("framework", "validate", broken.toString());
        CliRunner.Result unknown =
                cmd("framework", "validate", dir.resolve("ladder.xlsx").toString());

        assertThat(good.code()).isZero();
        assertThat(good.out()).contains("is a valid framework", "450 milestones");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.errLine()).contains("broken.json", "\"competencies\" is missing");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.errLine()).contains("ladder.xlsx: this is not a framework file Ascent reads");
    }

    @Test
    void frameworkImportInstallsACsvLadderThatPlansCanUse() throws IOException {
        Path matrix = dir.resolve("ladder.csv");
        Files.writeString(matrix, """
                area,competency,Junior,Senior
                Craft,Writing,Writes clearly,Writes for executives
                Craft,Data,Reads dashboards,Designs metrics
                """);

        CliRunner.Result validated = cmd("framework", "validate", matrix.toString());
        CliRunner.Result imported = cmd("framework", "import", matrix.toString(), "--create");
        CliRunner.Result broken =
                cmd("framework", "import", dir.resolve("missing.csv").toString());

        assertThat(validated.code()).as(validated.err()).isZero();
        assertThat(validated.out()).contains("is a valid framework", "2 levels", "2 competencies");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.errLine()).contains("missing.csv");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            en, '1 competency,',  1 competencies, '2 levels,'
            es, '1 competencia,', 1 competencias, '2 niveles,'
            """)
    void aCountOfOneIsSaidInTheSingular(String tag, String one, String wrong, String levels) throws IOException {
        Path matrix = dir.resolve("one.csv");
        Files.writeString(matrix, """
                area,competency,Junior,Senior
                Craft,Writing,Writes clearly,Writes for executives
                """);

        CliRunner.Result validated = cmd("--lang", tag, "framework", "validate", matrix.toString());
        CliRunner.Result imported = cmd("--lang", tag, "framework", "import", matrix.toString(), "--create");

        assertThat(validated.code()).as(validated.err()).isZero();
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(validated.out()).contains(one, levels).doesNotContain(wrong);
        assertThat(imported.out()).contains(one, levels).doesNotContain(wrong);
    }

    @Test
    void frameworkShowListsTheIdsPlanCreateTakes() {
        Database.open(db()).close();

        CliRunner.Result result = cmd("framework", "show");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("senior-pm", "growth");
    }

    private void importAnyScriptLadder() throws IOException {
        for (String name : List.of("any-script-ladder.csv", "any-script-milestones.csv")) {
            try (var in = CliTest.class.getResourceAsStream("/frameworks/csv/" + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        CliRunner.Result imported = cmd(
                "framework",
                "import",
                dir.resolve("any-script-ladder.csv").toString(),
                "--milestones",
                dir.resolve("any-script-milestones.csv").toString(),
                "--create");
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    @Test
    void frameworkShowListsTheIdsMadeFromNamesInAnyScript() throws IOException {
        importAnyScriptLadder();

        CliRunner.Result result = cmd("framework", "show", "any-script-ladder");
        CliRunner.Result unknown = cmd("framework", "show", "no-such-ladder");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Any script ladder (any-script-ladder)")
                .contains("  gao-ji-chan-pin-jing-li", " \u9AD8\u7EA7\u4EA7\u54C1\u7ECF\u7406")
                .contains("  alnmw", "  strategia-produkta", "  thlyl-albyanat");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.errLine())
                .contains("No framework with the id 'no-such-ladder'", "pm-default, any-script-ladder");
    }

    @Test
    void aPlanOnALadderInAnyScriptIsCreatedAndTickedByItsIds() throws IOException {
        importAnyScriptLadder();
        String arabic = "thlyl-albyanat.gao-ji-chan-pin-jing-li.atlq-tjrbt-a-b-wqdm-alqrar";

        CliRunner.Result created = cmd(
                "plan",
                "create",
                "--name",
                "Road up",
                "--framework",
                "any-script-ladder",
                "--level",
                "menedzer-produkta",
                "--target",
                "gao-ji-chan-pin-jing-li",
                "--specialization",
                "alnmw");
        CliRunner.Result done = cmd("milestone", "done", "Road up", arabic, "--evidence", "\u062A\u0645");
        CliRunner.Result shown = cmd("plan", "show", "Road up", "--milestones");

        assertThat(created.code()).as(created.err()).isZero();
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(shown.out())
                .contains("[x] " + arabic)
                .contains("[ ] strategia-produkta.gao-ji-chan-pin-jing-li.")
                .contains("\u0623\u0637\u0644\u0642 \u062A\u062C\u0631\u0628\u0629");
    }

    @Test
    void helpFollowsTheLanguageOption() {
        CliRunner.Result spanish = run("--lang", "es", "plan", "create", "--help");
        CliRunner.Result chinese = run("plan", "--help", "--lang", "zh-CN");

        assertThat(spanish.out())
                .contains("Uso:", "Crea un plan.", "Tu nivel actual, p. ej. pm", "Muestra esta ayuda y termina.");
        assertThat(chinese.out())
                .contains("\u7528\u6cd5\uff1a", "\u5217\u51fa\u3001\u521b\u5efa", "\u547d\u4ee4\uff1a");
    }

    @Test
    void commandOutputAndErrorsFollowTheLanguageOption() {
        createPlan();

        CliRunner.Result list = cmd("--lang", "es", "plan", "list");
        CliRunner.Result show = cmd("--lang", "zh-CN", "plan", "show", "Road to Senior PM");
        CliRunner.Result missing = cmd("--lang", "es", "plan", "show", "Nadie");

        assertThat(list.out()).contains("NOMBRE", "PREPARACI\u00d3N", "0\u00a0% (0 de 42)");
        assertThat(show.out())
                .contains(
                        "迈向高级产品经理的就绪度为 0%",
                        "\u5dee\u8ddd\uff08\u4ece\u5927\u5230\u5c0f\uff09", "\u672a\u6765 30 \u5929");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.errLine())
                .isEqualTo("ascent: No hay ning\u00fan plan llamado \u00abNadie\u00bb. "
                        + "Planes: \"Road to Senior PM\".");
    }

    private Path resource(String name) throws IOException {
        Path file = dir.resolve(name);
        try (var in = CliTest.class.getResourceAsStream("/frameworks/csv/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Imports the expectation-only matrix and creates "Matrix plan" on it, Associate PM to Senior PM. */
    private CliRunner.Result createMatrixPlan(Path matrix) {
        assertThat(cmd("framework", "import", matrix.toString(), "--create").code())
                .isZero();
        return cmd(
                "plan",
                "create",
                "--name",
                "Matrix plan",
                "--framework",
                "expectation-matrix",
                "--level",
                "associate-pm",
                "--target",
                "senior-pm");
    }

    /**
     * A ladder as companies keep them: a matrix of expectations without milestones or
     * specializations. Each cell becomes one checkable expectation, so the plan starts at 0%.
     */
    @Test
    void anExpectationOnlyLadderGivesAPlanThatStartsAtZeroAndRisesAsExpectationsAreMet() throws IOException {
        CliRunner.Result created = createMatrixPlan(resource("expectation-matrix.csv"));
        CliRunner.Result dayOne = cmd("plan", "show", "Matrix plan", "--milestones");
        CliRunner.Result ticked = cmd(
                "milestone",
                "done",
                "Matrix plan",
                "strategy@product-manager",
                "--evidence",
                "Strategy doc for checkout, approved by the group PM");
        Path pdf = dir.resolve("matrix.pdf");
        CliRunner.Result exported = cmd("plan", "export", "Matrix plan", "--format", "pdf", "--out", pdf.toString());

        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out()).contains("Created \"Matrix plan\" with 8 milestones to reach Senior PM.");
        assertThat(dayOne.out())
                .contains("0% ready", "(0 of 8 milestones done)")
                .contains("[ ] strategy@product-manager  Meets the Product Manager expectation for Strategy")
                .doesNotContain("100%");
        assertThat(ticked.code()).as(ticked.err()).isZero();
        assertThat(ticked.out()).contains("is now 12% ready, 1 of 8 milestones done");
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(pdfText(pdf))
                .contains("Meets the Product Manager expectation for Strategy")
                .contains("Strategy doc for checkout, approved by the group PM")
                .contains("12%");
    }

    /** Failed before the rule was in one place: the export said "core", the import refused it. */
    @Test
    void aPlanOnALadderWithoutSpecializationsComesBackFromItsOwnExport() throws IOException {
        Path matrix = resource("expectation-matrix.csv");
        createMatrixPlan(matrix);
        cmd("milestone", "done", "Matrix plan", "coaching@senior-pm", "--evidence", "Two mentees, written goals");
        Path json = dir.resolve("matrix-plan.json");
        assertThat(cmd("plan", "export", "Matrix plan", "--format", "json", "--out", json.toString())
                        .code())
                .isZero();
        Path other = dir.resolve("other.db");
        run("--db", other.toString(), "framework", "import", matrix.toString(), "--create");

        CliRunner.Result imported = run("--db", other.toString(), "plan", "import", json.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported \"Matrix plan\": 12% ready (1 of 8 milestones done).");
        assertThat(Files.readString(json))
                .contains("\"specialization\" : \"core\"", "\"milestone\" : \"coaching@senior-pm\"");
    }
}
