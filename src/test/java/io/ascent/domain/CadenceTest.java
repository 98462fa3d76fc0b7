package io.ascent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CadenceTest {

    @Test
    void theDefaultIsACheckInEveryFourWeeksA1on1EveryTwoAndAReviewEverySixMonths() {
        assertThat(Cadence.DEFAULT).isEqualTo(new Cadence(4, Optional.of(2), 6));
        assertThat(Cadence.DEFAULT.checkInDays()).isEqualTo(28);
        assertThat(Cadence.DEFAULT.isDefault()).isTrue();
        assertThat(Cadence.DEFAULT.withOneOnOneWeeks(Optional.empty()).hasOneOnOnes())
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,  2, 6,  A check-in every 0 weeks cannot be kept: choose 1 to 52 weeks.
            53, 2, 6,  A check-in every 53 weeks cannot be kept: choose 1 to 52 weeks.
            4,  0, 6,  'A 1:1 every 0 weeks cannot be kept: choose 1 to 12 weeks, or none.'
            4,  13, 6, 'A 1:1 every 13 weeks cannot be kept: choose 1 to 12 weeks, or none.'
            4,  2, 0,  A review every 0 months cannot be kept: choose 1 to 24 months.
            4,  2, 25, A review every 25 months cannot be kept: choose 1 to 24 months.
            """)
    void numbersOutsideTheirRangeAreRefusedInWords(int checkIn, int oneOnOne, int review, String message) {
        assertThatThrownBy(() -> new Cadence(checkIn, Optional.of(oneOnOne), review))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
