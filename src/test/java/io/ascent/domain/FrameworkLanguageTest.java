package io.ascent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.TestFrameworks;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A framework shown in the user's language: each text translated where the file has it, else as written. */
class FrameworkLanguageTest {

    private static final Framework LADDER = TestFrameworks.twoTracks();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es    | Escalera de dos trayectorias
            es-MX | Escalera de dos trayectorias
            zh-CN | 双通道职业框架
            zh    | 双通道职业框架
            en-GB | Two-track ladder
            fr    | Two-track ladder
            """)
    void theClosestTranslationIsChosenAndOtherwiseTheFrameworksOwnLanguage(String tag, String name) {
        assertThat(LADDER.in(Locale.forLanguageTag(tag)).name()).isEqualTo(name);
    }

    @Test
    void eachTextFallsBackOnItsOwnToTheFrameworksLanguage() {
        Framework es = LADDER.in(Locale.forLanguageTag("es"));

        assertThat(es.description()).isEqualTo(LADDER.description());
        assertThat(es.track("ic").orElseThrow().title()).isEqualTo("Contribución individual");
        assertThat(es.track("ic").orElseThrow().description()).isEqualTo("Grows through problems.");
        Level pm = es.level("pm").orElseThrow();
        assertThat(pm.title()).isEqualTo("Gerente de producto");
        assertThat(pm.shortTitle()).isEqualTo("PM");
        assertThat(pm.summary()).isEqualTo("Es responsable de una funcionalidad.");
        // Without a short title of its own a level's short title follows its title's translation.
        assertThat(es.level("senior").orElseThrow().shortTitle()).isEqualTo("PM sénior");
        assertThat(es.level("principal").orElseThrow().shortTitle()).isEqualTo("Principal (IC)");
        assertThat(es.level("principal").orElseThrow().title()).isEqualTo("Principal PM");
        Competency strategy = es.competency("strategy").orElseThrow();
        assertThat(strategy.area()).isEqualTo("Oficio");
        assertThat(strategy.title()).isEqualTo("Estrategia");
        assertThat(strategy.description()).isEqualTo("Where the product goes.");
        assertThat(strategy.expectationAt("senior")).isEqualTo("Fija la estrategia de un área.");
        assertThat(strategy.expectationAt("pm")).isEqualTo("Writes a strategy.");
        assertThat(strategy.descriptorAt("senior"))
                .contains(new Descriptor("No written strategy.", "La dirección la financia."));
        assertThat(es.specialization("growth").orElseThrow().title()).isEqualTo("Crecimiento");
        Milestone loop = es.milestone("loops.senior.1").orElseThrow();
        assertThat(loop.title()).isEqualTo("Mejoró un bucle en una cantidad medida");
        assertThat(loop.description()).isEqualTo("A retention or referral loop, measured against a holdout.");
        Resource book = es.resources().get(0);
        assertThat(book.description()).isEqualTo("Buena sobre estrategia.");
        assertThat(book.title()).as("published titles stay as published").isEqualTo("A Book");
    }

    @Test
    void idsNumbersAndRulesNeverChangeWithTheLanguage() {
        Framework zh = LADDER.in(Locale.SIMPLIFIED_CHINESE);

        assertThat(zh.language()).isEqualTo("zh-CN");
        assertThat(zh.translations().isEmpty())
                .as("a shown framework is for showing, not for storing")
                .isTrue();
        assertThat(zh.levels())
                .extracting(Level::id)
                .isEqualTo(LADDER.levels().stream().map(Level::id).toList());
        assertThat(zh.milestones())
                .extracting(Milestone::id)
                .isEqualTo(LADDER.milestones().stream().map(Milestone::id).toList());
        assertThat(zh.requiredPerCell()).isEqualTo(LADDER.requiredPerCell());
        assertThat(zh.competency("strategy").orElseThrow().required())
                .isEqualTo(LADDER.competency("strategy").orElseThrow().required());
        assertThat(zh.milestone("loops.senior.1").orElseThrow().replaces()).containsExactly("loops.senior.old");
        assertThat(Requirements.of(zh, "pm", "director", "growth").readiness(Map.of()))
                .isEqualTo(Requirements.of(LADDER, "pm", "director", "growth").readiness(Map.of()));
    }

    @Test
    void aFrameworkWithoutTranslationsIsShownAsItIs() {
        Framework small = TestFrameworks.small();

        assertThat(small.in(Locale.SIMPLIFIED_CHINESE)).isSameAs(small);
    }
}
