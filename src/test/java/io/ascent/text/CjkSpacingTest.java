package io.ascent.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CjkSpacingTest {

    private static String format(String pattern, Object... args) {
        MessageFormat format = new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE);
        String text = format.format(args);
        return CjkSpacing.hasSpaceBetweenIdeographs(text) ? CjkSpacing.format(format, args) : text;
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '迈向 {0} 的就绪度',         高级产品经理,      迈向高级产品经理的就绪度
            '迈向 {0} 的就绪度',         Senior PM,         迈向 Senior PM 的就绪度
            '迈向 {0} 的就绪度',         高级 PM,           迈向高级 PM 的就绪度
            '{0} 就绪度',                产品总监,          产品总监就绪度
            '{0} 就绪度',                Director,          Director 就绪度
            '计划“{0}”已保存',           增长 计划,         计划“增长 计划”已保存
            '比 {0} 低 2 级',            产品总监,          比产品总监低 2 级
            '{0} · 专业通道',            产品专家,          产品专家 · 专业通道
            """)
    void aSpaceOfThePatternGoesOnlyWhereAnIdeographMeetsAChineseValue(String pattern, String value, String shown) {
        assertThat(format(pattern, value)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '计划 {0} 的 {1} 项',  增长 计划, 三,  计划增长 计划的三项
            """)
    void aSpaceInsideAValueStaysAsTheUserTypedIt(String pattern, String first, String second, String shown) {
        assertThat(format(pattern, first, second)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            zh-CN, true
            zh-TW, true
            ja,    true
            es,    false
            en,    false
            """)
    void onlyChineseAndJapaneseMessagesAreTightened(String tag, boolean applies) {
        assertThat(CjkSpacing.appliesTo(Locale.forLanguageTag(tag))).isEqualTo(applies);
    }
}
