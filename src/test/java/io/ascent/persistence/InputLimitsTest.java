package io.ascent.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascent.domain.text.I18n;
import io.ascent.service.ExportFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How outside JSON is read: the limits, no default typing, duplicates and unknown fields refused. */
class InputLimitsTest {

    private final ObjectMapper mapper = InputLimits.strictMapper(InputLimits.PLAN_MAX_BYTES);

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void noDefaultTypingSoAFileCannotNameAJavaClass() {
        assertThat(mapper.getDeserializationConfig().getDefaultTyper(null)).isNull();
        assertThat(mapper.getSerializationConfig().getDefaultTyper(null)).isNull();
        assertThatThrownBy(() -> new PlanFiles().parse(("{\"formatVersion\": 1, \"kind\": \"ascent-plan\", "
                + "\"plan\": [\"java.lang.ProcessBuilder\", {\"command\": [\"calc\"]}]}").getBytes(StandardCharsets.UTF_8),
                "typed.json")).isInstanceOf(PlanFormatException.class).hasMessageStartingWith("typed.json: at $.plan");
    }

    @Test
    void theParserEnforcesTheLimitsAndRefusesDuplicateAndUnknownFields() {
        StreamReadConstraints limits = mapper.getFactory().streamReadConstraints();

        assertThat(limits.getMaxNestingDepth()).isEqualTo(InputLimits.MAX_NESTING_DEPTH);
        assertThat(limits.getMaxStringLength()).isEqualTo(InputLimits.MAX_STRING_CHARS);
        assertThat(limits.getMaxNumberLength()).isEqualTo(InputLimits.MAX_NUMBER_CHARS);
        assertThat(limits.getMaxNameLength()).isEqualTo(InputLimits.MAX_NAME_CHARS);
        assertThat(limits.getMaxDocumentLength()).isEqualTo(InputLimits.PLAN_MAX_BYTES);
        assertThat(mapper.getFactory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
        assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    }

    @Test
    void theShippedLadderIsFarBelowTheFrameworkFileLimit() throws Exception {
        try (var in = FrameworkReader.class.getResourceAsStream(FrameworkReader.DEFAULT_RESOURCE)) {
            assertThat(in.readAllBytes().length).isLessThan(InputLimits.FRAMEWORK_MAX_BYTES / 20);
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            es,    'big.json: el archivo es demasiado grande (6.0 MB; como máximo 5.0 MB).'
            zh-CN, 'big.json：文件太大（6.0 MB；最多 5.0 MB）。'
            en,    'big.json: the file is too large (6.0 MB; at most 5.0 MB).'
            """)
    void limitMessagesSpeakTheUsersLanguage(String language, String expected) {
        I18n.setLocale(Locale.forLanguageTag(language));

        assertThatThrownBy(() -> new FrameworkReader().parse(new byte[6 * 1024 * 1024], "big.json"))
                .hasMessage(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '../../../etc/cron.d/evil',        ..-..-..-etc-cron.d-evil.json
            '..',                              plan.json
            'C:\\Windows\\System32\\x',        C-Windows-System32-x.json
            '/absolute/path',                  -absolute-path.json
            """)
    void anExportFileNameMadeFromAPlanNameStaysInTheChosenFolder(String planName, String fileName) {
        String name = ExportFormat.JSON.fileNameFor(planName);
        Path folder = Path.of("/chosen/folder");

        assertThat(name).isEqualTo(fileName);
        assertThat(folder.resolve(name).normalize().getParent()).isEqualTo(folder);
    }
}
