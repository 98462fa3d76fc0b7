package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.persistence.files.FrameworkReader;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqliteFrameworkRepository;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Importing frameworks into a real database file: what gets in, what is refused, what survives. */
class FrameworkImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database database;
    private FrameworkService frameworks;
    private PlanService plans;

    @BeforeEach
    void open() {
        openDatabase();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void openDatabase() {
        database = Database.open(dir.resolve("ascent.db"));
        SqlitePlanRepository planRepository = new SqlitePlanRepository(database);
        frameworks = new FrameworkService(
                new FrameworkReader(), new SqliteFrameworkRepository(database), planRepository, CLOCK);
        plans = new PlanService(planRepository, frameworks, CLOCK);
    }

    static byte[] resource(String name) {
        try (InputStream in = FrameworkImportTest.class.getResourceAsStream("/frameworks/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String checksum() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String name : new String[] {"ascent.db", "ascent.db-wal"}) {
            Path file = dir.resolve(name);
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            if (Files.exists(file)) {
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private Plan planOnAcme() {
        frameworks.importJson(resource("csv/acme-pm-ladder.json"), "acme-pm-ladder.json");
        return plans.create(new PlanDraft(
                "Road to Senior", "acme-pm-ladder", "product-manager", "senior-pm", "growth", Optional.empty()));
    }

    @Test
    void importedFrameworkIsListedAfterTheShippedOneAndSurvivesARestart() {
        FrameworkImportResult result = frameworks.importCsv(
                resource("csv/acme-pm-ladder.csv"),
                "acme-pm-ladder.csv",
                Optional.of(resource("csv/acme-pm-milestones.csv")),
                "acme-pm-milestones.csv");

        assertThat(result.isUpdate()).isFalse();
        assertThat(result.summary())
                .isEqualTo("Imported \"Acme pm ladder\" (version 1): 4 levels, 7 competencies, 12 milestones.");
        database.close();
        openDatabase();
        assertThat(frameworks.frameworks()).extracting(f -> f.id()).containsExactly("pm-default", "acme-pm-ladder");
        assertThat(frameworks.framework("acme-pm-ladder")).contains(result.framework());
    }

    @Test
    void reimportKeepsProgressOnUnchangedMilestonesAndListsAddedAndRemoved() {
        Plan plan = planOnAcme();
        String kept = "strategy-vision.senior-pm.got-a-12-month-strategy-funded";
        String dropped = "experimentation.senior-pm.reached-20-experiments-in-a-quarter";
        plans.setStatus(plan.id(), plans.open(plan.id()).progressOf(kept), MilestoneStatus.DONE);
        plans.setStatus(plan.id(), plans.open(plan.id()).progressOf(dropped), MilestoneStatus.DONE);
        String v2 = new String(resource("csv/acme-pm-ladder.json"), StandardCharsets.UTF_8)
                .replace("\"version\": \"1\"", "\"version\": \"2\"")
                .replace("\"id\": \"" + dropped + "\"", "\"id\": \"experimentation.senior-pm.ran-25-experiments\"");

        FrameworkImportResult result = frameworks.importJson(v2.getBytes(StandardCharsets.UTF_8), "acme-v2.json");

        assertThat(result.previousVersion()).contains("1");
        assertThat(result.added())
                .extracting(Milestone::id)
                .containsExactly("experimentation.senior-pm.ran-25-experiments");
        assertThat(result.removed()).extracting(Milestone::id).containsExactly(dropped);
        assertThat(result.summary()).contains("1 milestone added, 1 removed; progress on the other 11 kept");
        PlanSnapshot view = plans.open(plan.id());
        assertThat(view.framework().version()).isEqualTo("2");
        assertThat(view.progressOf(kept).isDone()).isTrue();
        assertThat(view.readiness().done()).isEqualTo(1);
    }

    @Test
    void aVersionThatDropsALevelAPlanStandsOnIsRefusedAndChangesNothing() throws Exception {
        planOnAcme();
        String before = checksum();
        String v2 = new String(resource("csv/acme-pm-ladder.json"), StandardCharsets.UTF_8)
                .replace("\"senior-pm\"", "\"senior\"");

        assertThatThrownBy(() -> frameworks.importJson(v2.getBytes(StandardCharsets.UTF_8), "acme-v2.json"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("has no level 'senior-pm', which the plan \"Road to Senior\" uses");
        assertThat(checksum()).isEqualTo(before);
        assertThat(frameworks.framework("acme-pm-ladder").orElseThrow().level("senior-pm"))
                .isPresent();
    }

    static Stream<Arguments> malformedFiles() {
        String ok = "{\"id\": \"t\", \"name\": \"T\", \"levels\": [{\"id\": \"a\", \"title\": \"A\", \"rank\": 1},"
                + " {\"id\": \"b\", \"title\": \"B\", \"rank\": 2}], \"competencies\": [{\"id\": \"c\", \"area\": \"X\","
                + " \"title\": \"C\", \"expectations\": {\"a\": \"ea\", \"b\": \"eb\"}}],"
                + " \"milestones\": [{\"id\": \"m\", \"competency\": \"c\", \"level\": \"b\", \"title\": \"M\"}]}";
        String matrix = "area,competency,Junior,Senior\nCraft,Strategy,knows it,sets it\n";
        String huge = "x".repeat(10_000);
        return Stream.of(
                Arguments.of("t.json", "", "", "t.json: the file is empty."),
                Arguments.of(
                        "t.json",
                        "{\"id\": \"t\",\n \"levels\": [\n}",
                        "",
                        "t.json: not valid JSON (line 3, column 1) (Unexpected close marker"),
                Arguments.of("t.json", "latin1:{\"id\": \"caf\u00e9\"}", "", "t.json: the file is not UTF-8 text"),
                Arguments.of("t.json", "[1, 2]", "", "t.json: the file must hold one JSON object { ... }, found array"),
                Arguments.of(
                        "t.json",
                        ok.replaceFirst("\"levels\": \\[.*?\\], \"competencies\"", "\"competencies\""),
                        "",
                        "t.json: at $: the field \"levels\" is missing"),
                Arguments.of(
                        "t.json",
                        ok.replace(
                                "{\"id\": \"b\", \"title\": \"B\", \"rank\": 2}",
                                "{\"id\": \"a\", \"title\": \"B\", \"rank\": 2}"),
                        "",
                        "t.json: duplicate level id 'a'"),
                Arguments.of(
                        "t.json",
                        ok.replace("\"competency\": \"c\"", "\"competency\": \"nope\""),
                        "",
                        "t.json: milestone 'm' names unknown competency 'nope'"),
                Arguments.of(
                        "t.json",
                        ok.replace(", \"b\": \"eb\"", ""),
                        "",
                        "t.json: competency 'c' has no expectation for level 'b'"),
                Arguments.of(
                        "t.json",
                        ok.replace("\"ea\"", "\"" + huge + "\""),
                        "",
                        "t.json: at $.competencies[0].expectations.a: the text is too long (10000 characters; at most 4000)"),
                Arguments.of(
                        "t.json",
                        ok.replace("\"rank\": 2", "\"rank\": \"two\""),
                        "",
                        "t.json: at $.levels[1].rank: expected a whole number, found text"),
                Arguments.of(
                        "t.json",
                        ok.replace("\"id\": \"b\"", "\"id\": \"Senior PM\""),
                        "",
                        "t.json: at $.levels[1].id: \"Senior PM\" is not a usable id"),
                Arguments.of(
                        "t.json",
                        ok.replace("\"name\": \"T\"", "\"name\": \"T\", \"name\": \"U\""),
                        "",
                        "t.json: not valid JSON (line 1, column 32) (the field \"name\" appears twice"),
                Arguments.of(
                        "t.json",
                        ok.replace("\"id\": \"t\"", "\"id\": \"pm-default\""),
                        "",
                        "\"T\" has the id 'pm-default' of the ladder that ships with Ascent"),
                Arguments.of("t.csv", "", "", "t.csv: the file is empty."),
                Arguments.of(
                        "t.csv",
                        "area,competency,Junior,Senior\nCraft,Strategy,knows it,\n",
                        "",
                        "t.csv: row 2: level column 'Senior' is empty"),
                Arguments.of(
                        "t.csv",
                        "area,competency,Junior\nCraft,Strategy,knows it\n",
                        "",
                        "t.csv: row 1: found 1 level column; a ladder needs at least two"),
                Arguments.of(
                        "t.csv",
                        "topic,competency,Junior,Senior\nCraft,Strategy,a,b\n",
                        "",
                        "t.csv: row 1: the header needs the columns 'area' and 'competency'"),
                Arguments.of(
                        "t.csv",
                        matrix + "Craft,strategy,again,twice\n",
                        "",
                        "t.csv: row 3: competency 'strategy' appears twice (first on row 2)"),
                Arguments.of(
                        "t.csv",
                        matrix.replace("knows it", "\"" + huge + "\""),
                        "",
                        "t.csv: row 2: level column 'Junior' is too long (10000 characters; at most 4000)"),
                Arguments.of(
                        "t.csv",
                        "latin1:" + matrix.replace("knows", "kn\u00f6ws"),
                        "",
                        "t.csv: the file is not UTF-8 text"),
                Arguments.of("t.csv", matrix.replace("sets it", "\"sets it\nnever closed"), "", "t.csv: not valid CSV"),
                Arguments.of(
                        "t.csv",
                        matrix.replace("sets it", "sets it,stray"),
                        "",
                        "t.csv: row 2 has text in column 5, but the header has only 4 columns."),
                Arguments.of(
                        "t.csv",
                        matrix,
                        "competency,level,title\nStrategy,VP,Ship it\n",
                        "m.csv: row 2: column 'level' names 'VP', which is not a level column of the matrix "
                                + "(levels: Junior, Senior)"),
                Arguments.of(
                        "t.csv",
                        matrix,
                        "competency,level,title\nSales,Senior,Ship it\n",
                        "m.csv: row 2: column 'competency' names 'Sales', which is not a competency of the matrix"),
                Arguments.of(
                        "t.csv",
                        matrix,
                        "competency,level,title,owner\nStrategy,Senior,Ship it,me\n",
                        "m.csv: row 1: unknown column 'owner'"),
                Arguments.of(
                        "t.csv",
                        matrix,
                        "competency,level,title,id\nStrategy,Senior,A,x\nStrategy,Senior,B,x\n",
                        "m.csv: row 3: milestone id 'x' appears twice (first on row 2)"),
                Arguments.of(
                        "t.csv",
                        "area,competency,Senior,senior\nCraft,Strategy,a,b\n",
                        "",
                        "t.csv: row 1: the header names column 'senior' twice (columns 3 and 4)"));
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("malformedFiles")
    void malformedFileIsRefusedWithWhereAndWhatAndLeavesTheDatabaseUnchanged(
            String name, String content, String milestones, String expected) throws Exception {
        planOnAcme();
        String before = checksum();

        assertThatThrownBy(() -> {
                    if (name.endsWith(".json")) {
                        frameworks.importJson(bytes(content), name);
                    } else {
                        frameworks.importCsv(
                                bytes(content),
                                name,
                                milestones.isEmpty() ? Optional.empty() : Optional.of(bytes(milestones)),
                                "m.csv");
                    }
                })
                .hasMessageStartingWith(expected);

        assertThat(checksum()).isEqualTo(before);
        assertThat(frameworks.frameworks()).extracting(f -> f.id()).containsExactly("pm-default", "acme-pm-ladder");
    }

    private static byte[] bytes(String content) {
        return content.startsWith("latin1:")
                ? content.substring("latin1:".length()).getBytes(StandardCharsets.ISO_8859_1)
                : content.getBytes(StandardCharsets.UTF_8);
    }
}
