package io.ascent.persistence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stored frameworks are checked like imported ones: the schema read by {@link PlainSchemaCheck}
 * refuses what the full validator refuses, in the same words.
 */
class PlainSchemaCheckTest {

    private final FrameworkReader reader = new FrameworkReader();

    static Stream<Path> hostileFrameworks() throws IOException, URISyntaxException {
        Path corpus = Path.of(PlainSchemaCheckTest.class
                        .getResource("/hostile/expected.csv")
                        .toURI())
                .getParent();
        return Files.list(corpus)
                .filter(p -> p.getFileName().toString().startsWith("fw-"))
                .sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFrameworks")
    void aHostileFrameworkInADatabaseRowIsRefusedAsItsImportIs(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);

        Throwable imported = catchThrowable(() -> reader.parse(bytes, "stored"));
        Throwable stored = catchThrowable(() -> reader.parseTrusted(bytes, "stored"));

        if (imported == null) {
            assertThat(stored).isNull();
        } else {
            assertThat(stored).isInstanceOf(FrameworkFormatException.class).hasMessage(imported.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            path out of the folder   | "id" : "../../evil"              | at $.id: "../../evil" is not a usable id
            control character in id  | "id" : "evil\\u0007"             | at $.id: the text contains a character that cannot be stored (U+0007).
            line break after an id   | "id" : "evil\\n"                 | at $.id: "evil
            overlong id              | "id" : "%81s"                    | at $.id: the text is too long (81 characters; at most 80)
            overlong name            | "name" : "%5000s"                | at $.name: the text is too long (5000 characters; at most 200)
            """)
    void aStoredFrameworkIsHeldToTheImportsIdLengthAndCharacterRules(String what, String field, String problem) {
        String key = field.substring(0, field.indexOf(':')).strip();
        String value = field.substring(field.indexOf(':') + 1).strip();
        if (value.startsWith("\"%")) {
            value = "\"" + "x".repeat(Integer.parseInt(value.substring(2, value.length() - 2))) + "\"";
        }
        String json = reader.write(reader.readDefault())
                .replaceFirst(key + " : \"[^\"]*\"", Matcher.quoteReplacement(key + " : " + value));

        assertThatThrownBy(() -> reader.parseTrusted(json.getBytes(StandardCharsets.UTF_8), "row"))
                .isInstanceOf(FrameworkFormatException.class)
                .hasMessageStartingWith("row: " + problem.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a keyword it does not apply  | {"oneOf":[{"type":"string"}]}
            a type as a list             | {"properties":{"id":{"type":["string","null"]}}}
            a length as text             | {"$defs":{"id":{"maxLength":"80"}}}
            """)
    void aSchemaWithARuleTheCheckWouldSkipIsRefused(String what, String schema) {
        assertThatThrownBy(() -> new PlainSchemaCheck(PlainJson.parse(schema)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PlainSchemaCheck");
    }

    @Test
    void theShippedSchemaUsesOnlyRulesTheCheckApplies() {
        assertThat(PlainSchemaCheck.framework()).isPresent();
    }

    @ParameterizedTest(name = "{0} on \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ^[a-z]+$   | abc     | true
            ^[a-z]+$   | abc\\n  | false
            [$]        | a$b     | true
            \\$$       | cost$   | true
            \\S        | '  '    | false
            """)
    void patternsEndAtTheEndOfTheTextAsInJsonSchema(String pattern, String text, boolean matches) {
        assertThat(SchemaPatterns.compile(pattern)
                        .matcher(text.replace("\\n", "\n"))
                        .find())
                .isEqualTo(matches);
    }
}
