package io.ascent.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.Pace;
import io.ascent.domain.Readiness;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaceWordsTest {

    @AfterEach
    void resetLocale() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @ParameterizedTest(name = "{0}: one tick today reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            en    | 1 milestone done in the last 90 days. A date is projected once at least 3 are done over 14 days or more.
            es    | 1 hito hecho en los últimos 90 días. La fecha se proyecta cuando hay al menos 3 hechos a lo largo de 14 días o más.
            zh-CN | 最近 90 天已完成 1 个里程碑。至少在 14 天或更长时间内完成 3 个后，才会预测完成日期。
            """)
    void tooLittleHistorySaysWhatAProjectionNeeds(String tag, String expected) {
        I18n.setLocale(Locale.forLanguageTag(tag));
        LocalDate today = LocalDate.of(2026, 6, 30);

        Pace pace = Pace.of(List.of(today), new Readiness(1, 54), Optional.of(today.plusYears(1)), today);

        assertThat(PaceWords.pace(pace)).isEqualTo(expected);
        assertThat(PaceWords.projection(pace, new Readiness(1, 54), Optional.of(today.plusYears(1))))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3} is \"{4}\"")
    @CsvSource(textBlock = """
            en,    BEHIND,   3, MONTHS, 3 months behind
            en,    AHEAD,    1, WEEKS,  1 week ahead
            en,    ON_TRACK, 0, WEEKS,  on track
            en,    BEHIND,   1, DAYS,   1 day behind
            en,    BEHIND,  13, DAYS,   13 days behind
            es,    BEHIND,   1, DAYS,   1 día de retraso
            es,    BEHIND,  13, DAYS,   13 días de retraso
            zh-CN, BEHIND,  13, DAYS,   落后 13 天
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
