package io.ascent.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.Pace;
import io.ascent.text.I18n;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaceWordsTest {

    @AfterEach
    void resetLocale() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3} is \"{4}\"")
    @CsvSource(textBlock = """
            en,    BEHIND,   3, MONTHS, 3 months behind
            en,    AHEAD,    1, WEEKS,  1 week ahead
            en,    ON_TRACK, 0, WEEKS,  on track
            es,    BEHIND,   1, MONTHS, 1 mes de retraso
            es,    AHEAD,    2, WEEKS,  2 semanas de adelanto
            es,    ON_TRACK, 0, WEEKS,  según lo previsto
            zh-CN, BEHIND,   3, MONTHS, 落后 3 个月
            zh-CN, AHEAD,    2, WEEKS,  提前 2 周
            """)
    void theVerdictIsWordedInTheChosenLanguageWithItsPlurals(
            String tag, Pace.Schedule schedule, long amount, ChronoUnit unit, String expected) {
        I18n.setLocale(Locale.forLanguageTag(tag));

        assertThat(PaceWords.verdict(new Pace.Verdict(schedule, amount, unit))).isEqualTo(expected);
    }
}
