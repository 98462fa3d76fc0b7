package io.ascent.persistence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascent.domain.CheckIn;
import io.ascent.domain.Framework;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanArchive;
import io.ascent.domain.Readiness;
import io.ascent.service.ExportFormat;
import io.ascent.text.I18n;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
        assertThatThrownBy(() -> new PlanFiles()
                        .parse(
                                ("{\"formatVersion\": 1, \"kind\": \"ascent-plan\", "
                                                + "\"plan\": [\"java.lang.ProcessBuilder\", {\"command\": [\"calc\"]}]}")
                                        .getBytes(StandardCharsets.UTF_8),
                                "typed.json"))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageStartingWith("typed.json: at $.plan");
    }

    @Test
    void theParserEnforcesTheLimitsAndRefusesDuplicateAndUnknownFields() {
        StreamReadConstraints limits = mapper.getFactory().streamReadConstraints();

        assertThat(limits.getMaxNestingDepth()).isEqualTo(InputLimits.MAX_NESTING_DEPTH);
        assertThat(limits.getMaxStringLength()).isEqualTo(InputLimits.MAX_STRING_CHARS);
        assertThat(limits.getMaxNumberLength()).isEqualTo(InputLimits.MAX_NUMBER_CHARS);
        assertThat(limits.getMaxNameLength()).isEqualTo(InputLimits.MAX_NAME_CHARS);
        assertThat(limits.getMaxDocumentLength()).isEqualTo(InputLimits.PLAN_MAX_BYTES);
        assertThat(mapper.getFactory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION))
                .isTrue();
        assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .isTrue();
    }

    @Test
    void theShippedLadderIsFarBelowTheFrameworkFileLimit() throws Exception {
        try (var in = FrameworkReader.class.getResourceAsStream(FrameworkReader.DEFAULT_RESOURCE)) {
            // The second edition in three languages is 735 KB (CHANGES.md: 269 KB in English alone).
            assertThat(in.readAllBytes().length).isLessThan(InputLimits.FRAMEWORK_MAX_BYTES / 6);
        }
    }

    @Test
    void aHeavyPlanOnTheShippedLadderExportsToAFileThatCanBeImportedAgain() {
        Framework ladder = new FrameworkReader().readDefault();
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        List<MilestoneProgress> progress = ladder.milestones().stream()
                .map(m -> new MilestoneProgress(
                        m.id(),
                        MilestoneStatus.DONE,
                        Optional.of(LocalDate.of(2026, 3, 1)),
                        Optional.empty(),
                        "\u8bc1".repeat(2_000),
                        "\u8bb0".repeat(1_000),
                        List.of("https://docs.example.com/" + m.id())))
                .toList();
        Map<String, String> ratings = new TreeMap<>();
        ladder.competencies().forEach(c -> ratings.put(c.id(), "senior-pm"));
        Set<String> done = ladder.milestones().stream().map(Milestone::id).collect(Collectors.toSet());
        List<CheckIn> checkIns = IntStream.range(0, 104)
                .mapToObj(i -> new CheckIn(
                        0,
                        0,
                        start.plus(Duration.ofDays(14L * i)),
                        ratings,
                        new Readiness(i, 288),
                        done,
                        "\u6ce8".repeat(2_000)))
                .toList();
        PlanArchive heavy = new PlanArchive(
                new Plan(
                        0, "Four busy years", ladder.id(), "apm", "director", "growth", Optional.empty(), start, start),
                progress,
                List.of(),
                checkIns);

        byte[] file = new PlanFiles().write(heavy, true).getBytes(StandardCharsets.UTF_8);

        assertThat(file.length).isBetween(2_000_000, InputLimits.PLAN_MAX_BYTES);
        assertThat(new PlanFiles().parse(file, "heavy.json").progress()).isEqualTo(heavy.progress());
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
