package io.ascent.persistence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.TestFrameworks;
import io.ascent.domain.Competency;
import io.ascent.domain.Descriptor;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Requirements;
import io.ascent.domain.Translations;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Framework format 2 (docs/framework-format.md): every field read from a file that uses them all
 * (frameworks/two-tracks.json), written back the same, read at start-up without Jackson, and
 * version 1 files keeping their meaning.
 */
class FrameworkFormatTwoTest {

    private final FrameworkReader reader = new FrameworkReader();

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = FrameworkFormatTwoTest.class.getResourceAsStream("/frameworks/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyFieldOfFormatTwoIsRead() {
        Framework f = TestFrameworks.twoTracks();

        assertThat(f.language()).isEqualTo("en");
        assertThat(f.requiredPerCell()).isEqualTo(OptionalInt.of(2));
        assertThat(f.tracks())
                .extracting(t -> t.id() + ":" + t.title())
                .containsExactly("ic:Individual contributor", "mgmt:People management");
        Level principal = f.level("principal").orElseThrow();
        assertThat(principal.shortTitle()).isEqualTo("Principal");
        assertThat(principal.trackId()).contains("ic");
        assertThat(f.level("senior").orElseThrow().isShared()).isTrue();
        Competency strategy = f.competency("strategy").orElseThrow();
        assertThat(strategy.requiredAt("senior")).isEqualTo(OptionalInt.of(1));
        assertThat(strategy.descriptorAt("senior"))
                .contains(new Descriptor("No written strategy.", "Leadership funds it."));
        assertThat(f.competency("people").orElseThrow().expectationAt("director"))
                .isEmpty();
        assertThat(f.milestone("loops.senior.1").orElseThrow().replaces()).containsExactly("loops.senior.old");
        assertThat(f.resources().get(0).description()).isEqualTo("Good on strategy.");
        assertThat(f.translations().languages()).containsExactly("es", "zh-CN");
        assertThat(f.translations()
                        .text(
                                "es",
                                new Translations.Key(
                                        Translations.Of.COMPETENCY, "strategy", Translations.Field.STRONG, "senior")))
                .contains("La dirección la financia.");
    }

    @Test
    void aFormatTwoFrameworkIsWrittenAsFormatTwoWithItsTranslationsInlineAndReadsBackEqual() {
        Framework f = TestFrameworks.twoTracks();

        String written = reader.write(f);

        assertThat(written).contains("\"formatVersion\" : 2", "\"translations\" : {", "\"zh-CN\"", "\"replaces\"");
        assertThat(reader.parse(written.getBytes(StandardCharsets.UTF_8), "stored"))
                .isEqualTo(f);
    }

    @Test
    void aFrameworkThatNeedsNothingNewIsStillWrittenAsFormatOne() {
        String written = reader.write(TestFrameworks.small());

        assertThat(written).contains("\"formatVersion\" : 1").doesNotContain("translations", "language");
    }

    @Test
    void formatTwoIsReadAtStartUpWithoutFallingBackToJackson() throws Exception {
        byte[] json = resource("two-tracks.json");
        byte[] stored = reader.write(TestFrameworks.twoTracks()).getBytes(StandardCharsets.UTF_8);

        assertThat(TrustedFrameworkJson.read(new String(json, StandardCharsets.UTF_8), "test"))
                .isPresent();
        assertThat(TrustedFrameworkJson.read(new String(stored, StandardCharsets.UTF_8), "stored"))
                .isPresent();
        assertThat(reader.parseTrusted(json, "two-tracks.json")).isEqualTo(reader.parse(json, "two-tracks.json"));
        assertThat(reader.parseTrusted(stored, "stored")).isEqualTo(TestFrameworks.twoTracks());
    }

    @Test
    void aFormatOneFileStillNeedsAnExpectationAtEveryLevelWhileFormatTwoMayLeaveOneOut() {
        String v1 = """
                {"formatVersion": 1, "id": "x", "name": "X",
                 "levels": [{"id": "a", "title": "A", "rank": 1}, {"id": "b", "title": "B", "rank": 2}],
                 "competencies": [{"id": "c", "area": "Ar", "title": "C", "expectations": {"a": "x"}}]}
                """;

        assertThatThrownBy(() -> reader.parse(v1.getBytes(StandardCharsets.UTF_8), "x.json"))
                .hasMessage("x.json: competency 'c' has no expectation for level 'b'");
        Framework v2 = reader.parse(
                v1.replace("\"formatVersion\": 1", "\"formatVersion\": 2").getBytes(StandardCharsets.UTF_8), "x.json");
        assertThat(Requirements.cellsWithNothingToDemonstrate(v2)).isEqualTo(1);
    }

    @Test
    void aFormatOneFileThatUsesAFieldOfFormatTwoIsToldToSayFormatTwo() {
        String v1 = """
                {"id": "x", "name": "X",
                 "levels": [{"id": "a", "title": "A", "shortTitle": "A.", "rank": 1}, {"id": "b", "title": "B", "rank": 2}],
                 "competencies": [{"id": "c", "area": "Ar", "title": "C", "expectations": {"a": "x", "b": "y"}}]}
                """;

        assertThatThrownBy(() -> reader.parse(v1.getBytes(StandardCharsets.UTF_8), "x.json"))
                .hasMessage("x.json: at $.levels[0].shortTitle: this field is new in format version 2; "
                        + "add \"formatVersion\": 2 to the file");
    }

    /**
     * The default ladder's second edition (content/ladder-v2), not shipped yet: it reads through the
     * schema and at start-up, and gives the figures its CHANGES.md states.
     */
    @Test
    void theSecondEditionOfTheDefaultLadderReadsWithTheFiguresItsChangesState() throws Exception {
        byte[] json = Files.readAllBytes(Path.of("content/ladder-v2/pm-default.en.json"));

        Framework v2 = reader.parse(json, "pm-default.en.json");

        assertThat(TrustedFrameworkJson.read(new String(json, StandardCharsets.UTF_8), "test"))
                .isPresent();
        assertThat(reader.parseTrusted(json, "pm-default.en.json")).isEqualTo(v2);
        assertThat(v2.milestones()).hasSize(450);
        // Per promotion step: core 17 cells (34 of 51), Growth 21 (42 of 63), Monetization 22 (44 of 66).
        assertThat(figures(Requirements.of(v2, "pm", "senior-pm", "none"))).isEqualTo("17 cells, 34 of 51");
        assertThat(figures(Requirements.of(v2, "pm", "senior-pm", "growth"))).isEqualTo("21 cells, 42 of 63");
        assertThat(figures(Requirements.of(v2, "pm", "senior-pm", "monetization")))
                .isEqualTo("22 cells, 44 of 66");
        // The IC track climbs to Principal PM, the management track through Group PM to Director.
        assertThat(figures(Requirements.of(v2, "pm", "principal-pm", "growth"))).isEqualTo("42 cells, 84 of 126");
        assertThat(figures(Requirements.of(v2, "pm", "director", "growth"))).isEqualTo("63 cells, 126 of 189");
        assertThat(Requirements.of(v2, "pm", "director", "growth").cells())
                .noneMatch(c -> c.level().id().equals("principal-pm"));
        assertThat(Optional.of(Requirements.cellsWithNothingToDemonstrate(v2))).contains(0);
    }

    private static String figures(Requirements r) {
        return r.cells().size() + " cells, " + r.readiness(Map.of()).required() + " of "
                + r.items().size();
    }
}
