package io.ascent.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Bidi;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BidiTextTest {

    private static final String ARABIC =
            "\u062A\u062D\u0644\u064A\u0644 A/B \u0627\u0644\u0628\u064A\u0627\u0646\u0627\u062A";

    @BeforeEach
    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void aSentenceThatStartsWithARightToLeftNameStillReadsLeftToRight() {
        String sentence = I18n.t("dashboard.gap", ARABIC, "Senior PM", 1, 0, 1);
        Bidi bidi = new Bidi(sentence, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int latin = sentence.indexOf("Senior");
        int name = sentence.indexOf(ARABIC);

        assertThat(bidi.baseIsLeftToRight()).isTrue();
        assertThat(bidi.getLevelAt(latin)).as("the sentence's words").isZero();
        assertThat(bidi.getLevelAt(name)).as("the name's first letter").isOdd();
        assertThat(BidiText.strip(sentence))
                .isEqualTo(I18n.t("dashboard.gap", "X", "Senior PM", 1, 0, 1).replace("X", ARABIC));
    }

    @Test
    void otherArgumentsAreLeftAsTheyAre() {
        assertThat(I18n.t("plan.imported", "Road to Senior PM \u9AD8\u7EA7 \u0414\u043E\u0440\u043E\u0433\u0430"))
                .isEqualTo("Imported \u201cRoad to Senior PM \u9AD8\u7EA7 \u0414\u043E\u0440\u043E\u0433\u0430\u201d.");
        assertThat(BidiText.hasRightToLeft("\u05E9\u05DC\u05D5\u05DD")).isTrue();
        assertThat(BidiText.hasRightToLeft("\u03A9\u03BC\u03AD\u03B3\u03B1 \uD83D\uDE80"))
                .isFalse();
    }
}
