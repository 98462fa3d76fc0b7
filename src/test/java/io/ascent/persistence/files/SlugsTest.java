package io.ascent.persistence.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            Senior PM,                  senior-pm
            'Director of Product',      director-of-product
            'Café Lead (L7)',           cafe-lead-l7
            group_pm,                   group-pm
            Straße,                     strasse
            用户研究,                    yong-hu-yan-jiu
            Стратегия продукта,         strategia-produkta
            تحليل البيانات,              thlyl-albyanat
            ניהול מוצר,                  nyhwl-mwzr
            Στρατηγική προϊόντος,       strategike-proiontos
            プロダクト戦略,               purodakuto-zhan-lue
            제품 전략,                    jepum-jeonlyag
            """)
    void namesInAnyScriptBecomeReadableSlugs(String name, String slug) {
        assertThat(Slugs.of(name)).isEqualTo(slug);
    }

    @Test
    void aNameWithNoLatinSpellingGetsAShortStableHash() {
        String runes = "ᚠᚢᚦ";

        assertThat(Slugs.of(runes)).matches("[0-9a-f]{8}").isEqualTo(Slugs.of(" " + runes + " "));
        assertThat(Slugs.of("ᚠᚢᚦ ᚨ")).isNotEqualTo(Slugs.of(runes));
        assertThat(Slugs.of("★")).matches("[0-9a-f]{8}");
    }

    @Test
    void lettersWithoutALatinSpellingStillTellNamesApart() {
        assertThat(Slugs.of("Strategy ᚠᚢᚦ")).matches("strategy-[0-9a-f]{8}");
        assertThat(Slugs.of("Strategy ᚠᚢᚦ")).isNotEqualTo(Slugs.of("Strategy ᚨ"));
    }

    @Test
    void onlyNamesOutsidePlainLatinNeedTransliteration() {
        assertThat(Slugs.needsTransliteration("Café Lead (L7) – 2nd")).isFalse();
        assertThat(Slugs.needsTransliteration("Senior PM 用户")).isTrue();
        assertThat(Slugs.needsTransliteration("Straße")).isTrue();
    }

    @Test
    void aLongNameIsCutToTheSlugLimit() {
        String slug = Slugs.of("用户研究".repeat(30));

        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-");
    }
}
