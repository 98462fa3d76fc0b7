package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.MilestoneLinks;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.Rating;
import io.ascent.persistence.PersistenceException;
import io.ascent.persistence.files.FrameworkCsvReader;
import io.ascent.persistence.files.FrameworkReader;
import io.ascent.persistence.files.PlanFiles;
import io.ascent.text.I18n;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Messages a user can cause, in the language they chose. */
class LocalizedErrorsTest {

    @TempDir
    Path dir;

    private PlanFixture fixture;

    @BeforeEach
    void open() {
        fixture = PlanFixture.open(dir.resolve("ascent.db"));
    }

    @AfterEach
    void close() {
        fixture.close();
        I18n.setLocale(Locale.ENGLISH);
    }

    private static PlanDraft draft(String name, String current, String target) {
        return new PlanDraft(name, "pm-default", current, target, "growth", Optional.empty());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', textBlock = """
            en;    ladder.csv: row 1: found 1 level column; a ladder needs at least two
            es;    ladder.csv: fila 1: hay 1 columna de nivel; una escalera necesita al menos dos
            zh-CN; ladder.csv：第 1 行：只找到 1 个级别列；职业框架至少需要两个级别
            """)
    void aBrokenCsvMatrixIsExplainedInTheChosenLanguage(String tag, String expected) {
        I18n.setLocale(Locale.forLanguageTag(tag));
        byte[] matrix = "area,competency,PM\nCraft,Strategy,Writes a strategy\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new FrameworkCsvReader().parse(matrix, "ladder.csv", Optional.empty(), ""))
                .hasMessageStartingWith(expected);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            en;    '{"id": "pm-default", "levels": []}';               plan.json: not an Ascent plan file ("kind" should be "ascent-plan").
            es;    '{"id": "pm-default", "levels": []}';               plan.json: no es un archivo de plan de Ascent ("kind" debería ser "ascent-plan").
            zh-CN; '{"kind": "ascent-plan", "formatVersion": 99}';    plan.json：由更新版本的 Ascent 写入（计划格式版本 99；此版本最多读取 2）。请更新 Ascent 后再导入。
            """)
    void aFileThatIsNotAPlanIsExplainedInTheChosenLanguage(String tag, String json, String expected) {
        I18n.setLocale(Locale.forLanguageTag(tag));

        assertThatThrownBy(() -> new PlanFiles().parse(json.getBytes(StandardCharsets.UTF_8), "plan.json"))
                .hasMessage(expected);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            en;    '{"id": "x", "formatVersion": 1, "nme": "X"}'; at $.nme: unknown field "nme"
            es;    '{"id": "x", "formatVersion": 1, "nme": "X"}'; en $.nme: campo desconocido "nme"
            zh-CN; '{"id": "x", "formatVersion": 1, "nme": "X"}'; 位于 $.nme：未知字段“nme”
            en;    '{"id": "x",';                                  team.json: not valid JSON (line 1
            es;    '{"id": "x",';                                  team.json: no es JSON válido (línea 1
            zh-CN; '[1, 2]';                                       team.json：文件必须包含一个 JSON 对象 { ... }，实际为 array。
            """)
    void aBrokenFrameworkFileIsExplainedInTheChosenLanguage(String tag, String json, String expected) {
        I18n.setLocale(Locale.forLanguageTag(tag));

        assertThatThrownBy(() -> new FrameworkReader().parse(json.getBytes(StandardCharsets.UTF_8), "team.json"))
                .hasMessageContaining(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', textBlock = """
            en;    A plan named "Road" already exists.
            es;    Ya existe un plan llamado «Road».
            zh-CN; 已存在名为“Road”的计划。
            """)
    void aTakenPlanNameIsRefusedInTheChosenLanguage(String tag, String expected) {
        fixture.plans.create(draft("Road", "pm", "senior-pm"));
        I18n.setLocale(Locale.forLanguageTag(tag));

        assertThatThrownBy(() -> fixture.plans.create(draft("Road", "pm", "senior-pm")))
                .isInstanceOf(ValidationException.class)
                .hasMessage(expected);
    }

    @Test
    void aTargetBelowTheCurrentLevelIsExplainedInSpanish() {
        I18n.setLocale(Locale.forLanguageTag("es"));

        assertThatThrownBy(() -> fixture.plans.create(draft("Road", "senior-pm", "pm")))
                .hasMessage("El nivel objetivo debe estar por encima del actual (Product Manager no est\u00e1 por "
                        + "encima de Senior PM).");
    }

    @Test
    void anExportIntoAMissingFolderIsExplainedInChinese() {
        long id = fixture.realisticPlan("Road");
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        Path target = dir.resolve("no-such-folder").resolve("plan.md");

        assertThatThrownBy(() -> fixture.exports.export(id, ExportFormat.MD, target, false, false))
                .isInstanceOf(PersistenceException.class)
                .hasMessage("\u65e0\u6cd5\u5199\u5165 " + target.toAbsolutePath() + "\uff1a\u6587\u4ef6\u5939 "
                        + target.toAbsolutePath().getParent() + " \u4e0d\u5b58\u5728\u3002");
    }

    @Test
    void domainChecksSpeakTheChosenLanguageWithLocalNumbers() {
        I18n.setLocale(Locale.forLanguageTag("es"));

        assertThat(MilestoneLinks.problem("ftp://example.org"))
                .isEqualTo(
                        "\u00abftp://example.org\u00bb no es un enlace. Empi\u00e9zalo con https://, http:// o mailto:.");
        assertThatThrownBy(() -> new Rating("core1", "b", "x".repeat(2_001)))
                .hasMessage("La justificaci\u00f3n: texto demasiado largo (2.001 caracteres; como m\u00e1ximo 2.000)");

        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        List<String> tooMany = IntStream.rangeClosed(0, MilestoneLinks.MAX_LINKS)
                .mapToObj(i -> "https://example.org/" + i)
                .toList();
        assertThatThrownBy(() -> MilestoneLinks.check(tooMany))
                .hasMessage("\u6bcf\u4e2a\u91cc\u7a0b\u7891\u6700\u591a 50 \u4e2a\u94fe\u63a5\u3002");
    }

    @Test
    void aPastTargetDateIsShownAsALocalDate() {
        I18n.setLocale(Locale.forLanguageTag("es"));
        PlanDraft past =
                new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.of(LocalDate.of(2020, 3, 5)));

        assertThatThrownBy(() -> fixture.plans.create(past)).hasMessage("La fecha objetivo 5 mar 2020 ya pas\u00f3.");
    }
}
