package io.ascent.persistence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascent.bench.FrameworkGenerator;
import io.ascent.domain.Framework;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustedFrameworkJsonTest {

    private final FrameworkReader reader = new FrameworkReader();

    private static byte[] shipped() throws Exception {
        try (InputStream in = FrameworkReader.class.getResourceAsStream(FrameworkReader.DEFAULT_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theShippedLadderReadsTheSameAsThroughJackson() throws Exception {
        byte[] json = shipped();

        assertThat(TrustedFrameworkJson.read(new String(json, StandardCharsets.UTF_8), "pm-default.json"))
                .isPresent();
        assertThat(reader.parseTrusted(json, "pm-default.json")).isEqualTo(reader.parse(json, "pm-default.json"));
    }

    @Test
    void aStoredFrameworkReadsTheSameAsThroughJackson() {
        Framework generated = FrameworkGenerator.generate(FrameworkGenerator.TYPICAL);
        byte[] stored = reader.write(generated).getBytes(StandardCharsets.UTF_8);

        assertThat(TrustedFrameworkJson.read(new String(stored, StandardCharsets.UTF_8), "stored"))
                .isPresent();
        assertThat(reader.parseTrusted(stored, "stored"))
                .isEqualTo(generated)
                .isEqualTo(reader.parse(stored, "stored"));
    }

    @Test
    void aTamperedRowNestedVeryDeepIsRefusedByJacksonNotByRunningOutOfStack() {
        String deep = "{\"id\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}";

        assertThat(TrustedFrameworkJson.read(deep, "stored")).isEmpty();
        assertThatThrownBy(() -> reader.parseTrusted(deep.getBytes(StandardCharsets.UTF_8), "stored"))
                .isInstanceOf(FrameworkFormatException.class)
                .hasMessageContaining(String.valueOf(InputLimits.MAX_NESTING_DEPTH));
    }

    @Test
    void escapesAndTextBeyondAsciiReadAsJacksonReadsThem() {
        String json = """
                {"id":"x","name":"Caf\\u00e9 \\"ladder\\" \\ud83d\\ude80 \\\\ \\/ \\t职业框架 🚀",
                 "levels":[{"id":"a","title":"A\\nline","rank":1,"summary":"s"},{"id":"b","title":"B","rank":2,"summary":null}],
                 "competencies":[{"id":"c","area":"ar","title":"t","expectations":{"a":"x","b":"y"}}],
                 "resources":[]}
                """;

        FrameworkJson plain = PlainRecords.bind(PlainJson.parse(json), FrameworkJson.class);

        assertThat(plain.name()).isEqualTo("Café \"ladder\" \uD83D\uDE80 \\ / \t职业框架 🚀");
        assertThat(plain).isEqualTo(viaJackson(json));
        assertThat(plain.toDomain()).isEqualTo(viaJackson(json).toDomain());
    }

    /** A format record with every kind of field the plain reader binds, as the format may grow. */
    record Grown(
            String id,
            Integer rank,
            Boolean shared,
            List<Part> parts,
            Map<String, String> texts,
            Map<String, List<Part>> perLevel,
            List<String> tags) {}

    record Part(String id, Integer count) {}

    @Test
    void aFieldAddedToAFormatRecordIsReadWithoutChangingTheReader() {
        String json = """
                {"id":"x","rank":3,"shared":true,"parts":[{"id":"a","count":2},{"id":"b"}],
                 "texts":{"en":"Hello","zh-CN":"你好"},"perLevel":{"pm":[{"id":"c","count":null}],"senior":[]},
                 "tags":["one","two"]}
                """;

        Grown plain = PlainRecords.bind(PlainJson.parse(json), Grown.class);

        assertThat(plain).isEqualTo(viaJackson(json, Grown.class));
        assertThat(plain.perLevel().get("pm")).containsExactly(new Part("c", null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown field in a nested record | {"id":"x","parts":[{"id":"a","colour":"red"}]}
            null inside a list               | {"id":"x","tags":["one",null]}
            null as a map value              | {"id":"x","texts":{"en":null}}
            text where a flag is due         | {"id":"x","shared":"yes"}
            number where a record is due     | {"id":"x","parts":[7]}
            list where a map is due          | {"id":"x","texts":["en"]}
            rank beyond an int               | {"id":"x","rank":3000000000}
            """)
    void aRecordFieldOutsideThePlainShapeIsLeftToJackson(String what, String json) {
        assertThatThrownBy(() -> PlainRecords.bind(PlainJson.parse(json), Grown.class))
                .isInstanceOf(PlainJson.NotPlain.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            repeated key             | {"id":"x","id":"y","name":"n"}
            fraction as rank         | {"id":"x","name":"n","levels":[{"id":"a","rank":1.5}]}
            newer format             | {"formatVersion":3,"id":"x","name":"n","colour":"red"}
            trailing text            | {"id":"x","name":"n"} {}
            not an object            | ["id"]
            cut short                | {"id":"x","name":"n
            raw control character    | {"id":"x\t","name":"n"}
            """)
    void textThatIsNotPlainJsonIsLeftToJackson(String what, String json) {
        assertThat(TrustedFrameworkJson.read(json.replace("\\t", "\t"), "stored"))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown field            | "colour":"red"                                           | at $.colour: unknown field "colour"
            number where text is due | "version":7                                              | at $.version: expected text, found a whole number
            list where text is due   | "resources":[{"id":"r","title":["R"]}]                   | at $.resources[0].title: expected text, found a list [ ... ]
            object as a list item    | "resources":[{"id":"r","title":"R","competencies":[{}]}] | at $.resources[0].competencies[0]: expected text, found an object { ... }
            an overlong address      | "specializations":[],"milestones":[],"resources":[{"id":"r","title":"R","url":"%s"}] | at $.resources[0].url: the text is too long (2001 characters; at most 2000)
            """)
    void plainJsonOutsideTheSchemaIsRefusedWithTheSchemasWords(String what, String field, String problem) {
        String json = """
                {"id":"x","name":"N","levels":[{"id":"a","title":"A","rank":1},{"id":"b","title":"B","rank":2}],
                 "competencies":[{"id":"c","area":"Ar","title":"C","expectations":{"a":"x","b":"y"}}], %s}
                """.formatted(field.strip().replace("%s", "u".repeat(2001)));

        assertThatThrownBy(() -> TrustedFrameworkJson.read(json, "stored"))
                .isInstanceOf(FrameworkFormatException.class)
                .hasMessage("stored: " + problem.strip());
    }

    @Test
    void theDomainRulesStillApplyOnTheTrustedPath() {
        byte[] dangling = shippedText()
                .replaceFirst("\"competency\" : \"[^\"]+\"", "\"competency\" : \"nope\"")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.parseTrusted(dangling, "stored"))
                .isInstanceOf(FrameworkFormatException.class)
                .hasMessageContaining("names unknown competency 'nope'");
    }

    /** The shipped ladder as Ascent stores an imported framework. */
    private String shippedText() {
        return reader.write(reader.readDefault());
    }

    private static FrameworkJson viaJackson(String json) {
        return viaJackson(json, FrameworkJson.class);
    }

    private static <T> T viaJackson(String json, Class<T> type) {
        try {
            return new ObjectMapper().readValue(json, type);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
