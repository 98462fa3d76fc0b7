package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.persistence.PersistenceException;
import io.ascent.persistence.files.InputLimits;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of src/test/resources/hostile/ (listed with its expected message in
 * expected.csv), plus a few too large to commit, goes through the import the app uses on a
 * real database: it is refused with its message and the database file stays byte for byte the
 * same, or (two files) it is accepted as the plain text it is.
 */
class HostileInputTest {

    static final Path CORPUS = corpusFolder();

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void seed() {
        db = dir.resolve("ascent.db");
        HostileFixture.seed(db);
    }

    static Stream<Arguments> corpus() throws IOException {
        return manifest().stream().map(line -> line.split("\\|", 3)).map(f -> Arguments.of(f[0], f[1], f[2]));
    }

    private static List<String> manifest() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.csv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }

    @Test
    void theCorpusHasAtLeastFortyFilesAndTheManifestListsEachOfThem() throws IOException {
        Set<String> listed = manifest().stream()
                .map(line -> line.substring(0, line.indexOf('|')))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> files;
        try (Stream<Path> all = Files.list(CORPUS)) {
            files = all.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("brag-")
                            || name.endsWith(".json")
                            || name.endsWith(".csv")
                            || name.contains(".ascent-review")
                            || name.endsWith(".ascent-reviewer-key"))
                    .filter(name -> !name.equals("expected.csv"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(listed).isEqualTo(files).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileFileGivesItsMessageAndLeavesTheDatabaseByteForByteUnchanged(String file, String reader, String expected)
            throws Exception {
        String before = HostileFixture.checksum(db);

        Throwable thrown = importFile(reader, CORPUS.resolve(file));

        if (expected.equals("OK")) {
            assertThat(thrown).as("accepted").isNull();
            return;
        }
        assertThat(thrown)
                .isInstanceOfAny(PersistenceException.class, ValidationException.class)
                .hasMessageContaining(expected);
        assertPlain(thrown.getMessage());
        assertThat(HostileFixture.checksum(db)).as("database after %s", file).isEqualTo(before);
    }

    @Test
    void aUtf8FileWithAByteOrderMarkIsImported() {
        assertThat(importFile("framework-json", CORPUS.resolve("fw-utf8-bom.json")))
                .isNull();

        try (HostileFixture app = HostileFixture.open(db)) {
            assertThat(app.frameworks.frameworks()).extracting(Framework::id).contains("bom-ladder");
        }
    }

    @Test
    void spreadsheetFormulasInACsvAreStoredAsTheTextTheyAreAndNeverEvaluated() {
        assertThat(importFile("framework-csv", CORPUS.resolve("csv-formula-injection.csv")))
                .isNull();

        try (HostileFixture app = HostileFixture.open(db)) {
            Competency competency = app.frameworks
                    .framework("csv-formula-injection")
                    .orElseThrow()
                    .competencies()
                    .get(0);
            assertThat(competency.area()).isEqualTo("=cmd|' /C calc'!A0");
            assertThat(competency.title()).isEqualTo("+SUM(1;2)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void filesTooLargeToCommitAreRefusedWithTheLimitAndChangeNothing(String name, String reader, String expected)
            throws Exception {
        Path file = dir.resolve(name);
        GeneratedFiles.write(name, file);
        String before = HostileFixture.checksum(db);

        Throwable thrown = importFile(reader, file);

        assertThat(thrown).isInstanceOf(PersistenceException.class).hasMessageContaining(expected);
        assertThat(HostileFixture.checksum(db)).isEqualTo(before);
    }

    static Stream<Arguments> generated() {
        return Stream.of(
                Arguments.of(
                        "fw-50mb.json",
                        "framework-json",
                        "fw-50mb.json: the file is too large (50.0 MB; at most 5.0 MB)."),
                Arguments.of(
                        "plan-50mb.json", "plan", "plan-50mb.json: the file is too large (50.0 MB; at most 10.0 MB)."),
                Arguments.of(
                        "review-50mb.ascent-review",
                        "review-request",
                        "review-50mb.ascent-review: the file is too large (50.0 MB; at most 10.0 MB)."),
                Arguments.of(
                        "response-50mb.ascent-review-response",
                        "review-response",
                        "response-50mb.ascent-review-response: the file is too large (50.0 MB; at most 10.0 MB)."),
                Arguments.of(
                        "key-50mb.ascent-reviewer-key",
                        "reviewer-key",
                        "key-50mb.ascent-reviewer-key: the file is too large (50.0 MB; at most 1.0 MB)."),
                Arguments.of(
                        "csv-50mb.csv",
                        "framework-csv",
                        "csv-50mb.csv: the file is too large (50.0 MB; at most 5.0 MB)."),
                Arguments.of(
                        "csv-million-columns.csv",
                        "framework-csv",
                        "csv-million-columns.csv: row 1 has 1000000 columns; at most 40."),
                Arguments.of(
                        "csv-too-many-rows.csv",
                        "framework-csv",
                        "csv-too-many-rows.csv: the file has more than 10000 rows."),
                Arguments.of(
                        "fw-too-many-milestones.json",
                        "framework-json",
                        "fw-too-many-milestones.json: at $.milestones: too many entries (10001; at most 10000)."),
                Arguments.of(
                        "plan-too-many-check-ins.json",
                        "plan",
                        "plan-too-many-check-ins.json: at $.checkIns: too many entries (10001; at most 10000)."));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            fw-device.json, framework-json
            plan-device.json, plan
            review-device.ascent-review, review-request
            response-device.ascent-review-response, review-response
            csv-device.csv, framework-csv
            """)
    void aLinkToADeviceThatNeverEndsIsRefusedWithoutReadingIt(String name, String reader) throws Exception {
        Path device = Path.of("/dev/zero");
        assumeTrue(Files.exists(device), "a POSIX system");
        Path link = Files.createSymbolicLink(dir.resolve(name), device);
        String before = HostileFixture.checksum(db);

        assertThat(importFile(reader, link))
                .isInstanceOf(PersistenceException.class)
                .hasMessage(name + ": is not an ordinary file (a device, a pipe or a link to one).");
        assertThat(HostileFixture.checksum(db)).isEqualTo(before);
    }

    @Test
    void theLargestLadderTheSchemaAllowsFitsTheFileSizeLimit() throws Exception {
        Path file = dir.resolve("fw-largest.json");
        GeneratedFiles.write("fw-largest.json", file);
        assertThat(Files.size(file)).isBetween(4_000_000L, (long) InputLimits.FRAMEWORK_MAX_BYTES);

        assertThat(importFile("framework-json", file)).isNull();
    }

    /** Runs the import the app's screens run, on a database opened for it and closed again. */
    private Throwable importFile(String reader, Path file) {
        if (reader.startsWith("review-") || reader.equals("reviewer-key")) {
            return ReviewParties.with(
                    db,
                    PlanFixture.CLOCK,
                    app -> catchThrowable(() -> {
                        switch (reader) {
                            case "review-request" -> app.reviews().answers().open(file);
                            case "review-response" -> app.reviews().imports().importResponse(file, false);
                            default ->
                                app.reviews()
                                        .keys()
                                        .importKey(file, "correct horse battery staple".toCharArray(), false);
                        }
                    }));
        }
        try (HostileFixture app = HostileFixture.open(db)) {
            return catchThrowable(() -> {
                switch (reader) {
                    case "framework-json", "framework-csv" -> app.importFramework(file, Optional.empty());
                    case "plan" -> app.exports.importPlan(file, Optional.empty());
                    case "brag" -> {
                        var view = app.plans.open(app.plans.plans().get(0).id());
                        app.wins.importWins(
                                view, app.wins.previewImport(view, file).wins());
                    }
                    default -> throw new AssertionError("unknown reader " + reader);
                }
            });
        }
    }

    /** A message for a person: no Java class names, no control characters, not a stack trace. */
    static void assertPlain(String message) {
        assertThat(message).doesNotContain("io.ascent", "java.", "Exception", "\n", "\u0000");
        assertThat(message.length()).isLessThan(400);
    }

    private static Path corpusFolder() {
        try {
            return Path.of(HostileInputTest.class
                            .getResource("/hostile/expected.csv")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The corpus files made at test time: too large to commit, or made by repetition. */
    static final class GeneratedFiles {

        private GeneratedFiles() {}

        static void write(String name, Path file) throws IOException {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                switch (name) {
                    case "fw-50mb.json",
                            "plan-50mb.json",
                            "review-50mb.ascent-review",
                            "response-50mb.ascent-review-response",
                            "key-50mb.ascent-reviewer-key" -> {
                        out.write("{\"formatVersion\": 1, \"kind\": \"ascent-plan\", \"description\": \"");
                        String chunk = "x".repeat(1024);
                        for (int i = 0; i < 50 * 1024; i++) {
                            out.write(chunk);
                        }
                        out.write("\"}");
                    }
                    case "csv-50mb.csv" -> {
                        out.write("area,competency,Junior,Senior\n");
                        String row = "Product,Craft,Learns,Leads\n".repeat(1000);
                        while (Files.size(file) < 50L * 1024 * 1024 + 1) {
                            out.write(row);
                            out.flush();
                        }
                    }
                    case "csv-million-columns.csv" -> {
                        out.write("area,competency");
                        for (int i = 0; i < 999_998; i++) {
                            out.write(",L");
                        }
                        out.write("\nProduct,Craft\n");
                    }
                    case "csv-too-many-rows.csv" -> {
                        out.write("area,competency,Junior,Senior\n");
                        for (int i = 0; i <= InputLimits.MAX_CSV_ROWS; i++) {
                            out.write("Product,Competency " + i + ",Learns,Leads\n");
                        }
                    }
                    case "fw-too-many-milestones.json", "fw-largest.json" ->
                        ladder(out, name.equals("fw-largest.json") ? InputLimits.MAX_ITEMS : InputLimits.MAX_ITEMS + 1);
                    case "plan-too-many-check-ins.json" -> {
                        out.write(Files.readString(CORPUS.resolve("plan-unknown-field.json"))
                                .replaceFirst(
                                        "\"checkIns\": \\[",
                                        "\"checkIns\": ["
                                                + ("{\"takenAt\": "
                                                                + "\"2026-11-28T10:00:00Z\", \"done\": 0, \"required\": 1}, ")
                                                        .repeat(10_000)));
                    }
                    default -> throw new AssertionError("no generator for " + name);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A ladder of {@code milestones} milestones as wordy as the first edition of the shipped one (about 460 bytes each). */
        private static void ladder(BufferedWriter out, int milestones) throws IOException {
            out.write("{\"formatVersion\": 1, \"id\": \"largest\", \"name\": \"Largest ladder\", \"levels\": ["
                    + "{\"id\": \"junior\", \"title\": \"Junior\", \"rank\": 1}, {\"id\": \"senior\", \"title\": \"Senior\","
                    + " \"rank\": 2}], \"competencies\": [{\"id\": \"craft\", \"area\": \"Product\", \"title\": \"Craft\","
                    + " \"expectations\": {\"junior\": \"Learns\", \"senior\": \"Leads\"}}], \"milestones\": [\n");
            String description = "Shows the competency on real work with the team, measured against the goals "
                    + "the team agreed at the start of the quarter, and reviewed with the manager afterwards. ";
            for (int i = 0; i < milestones; i++) {
                out.write((i == 0 ? "" : ",\n") + "  {\"id\": \"craft.senior." + i + "\", \"competency\": \"craft\", "
                        + "\"level\": \"senior\", \"title\": \"Ran experiment number " + i + " end to end and presented"
                        + " the decision\", \"description\": \"" + description + description + "\"}");
            }
            out.write("\n]}");
        }

        static byte[] bytes(String resource) {
            try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/" + resource)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
