package io.ascent.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PdfBidiTest {

    // سلام: seen, lam, alef, meem.
    private static final String SALAM = "\u0633\u0644\u0627\u0645";

    @Test
    void arabicLettersAreJoinedIntoTheirContextualForms() {
        // Initial seen, final lam-alef ligature, isolated meem (alef does not join to the left).
        assertThat(PdfBidi.shaped(SALAM)).isEqualTo("\uFEB3\uFEFC\uFEE1");
    }

    @Test
    void shapingTwiceChangesNothingMore() {
        String once = PdfBidi.shaped("\u062A\u062D\u0644\u064A\u0644 \u0627\u0644\u0628\u064A\u0627\u0646\u0627\u062A");

        assertThat(PdfBidi.shaped(once)).isEqualTo(once);
    }

    @Test
    void rightToLeftTextIsDrawnFromItsLastLetter() {
        assertThat(PdfBidi.visual(PdfBidi.shaped(SALAM))).isEqualTo("\uFEE1\uFEFC\uFEB3");
        // שלום: shin, lamed, vav, final mem.
        assertThat(PdfBidi.visual("\u05E9\u05DC\u05D5\u05DD")).isEqualTo("\u05DD\u05D5\u05DC\u05E9");
    }

    @Test
    void latinAndNumbersInsideRightToLeftTextKeepTheirOwnOrder() {
        // "ניהול A/B 2026": the Latin and the number read left to right, to the left of the Hebrew.
        String line = "\u05E0\u05D9\u05D4\u05D5\u05DC A/B 2026";

        assertThat(PdfBidi.visual(line)).isEqualTo("A/B 2026 \u05DC\u05D5\u05D4\u05D9\u05E0");
    }

    @Test
    void anArabicNameInAnEnglishSentenceStaysWhereItIsWritten() {
        String line = "Competency: " + SALAM + " (2 of 3)";

        assertThat(PdfBidi.visual(line)).isEqualTo("Competency: \u0645\u0627\u0644\u0633 (2 of 3)");
    }

    @Test
    void aMarkedNameAtTheStartOfASentenceLeavesTheSentenceLeftToRight() {
        String line = "\u200E" + SALAM + "\u200E: Senior PM, 1 level to go";

        assertThat(PdfBidi.visual(line)).isEqualTo("\u0645\u0627\u0644\u0633: Senior PM, 1 level to go");
        assertThat(PdfBidi.visual(SALAM + ": Senior PM, 1 level to go"))
                .as("without the marks the sentence would read right to left")
                .startsWith("Senior PM, 1 level to go");
    }

    @Test
    void bracketsInRightToLeftTextAreMirrored() {
        assertThat(PdfBidi.visual("\u05D0 (\u05D1)")).isEqualTo("(\u05D1) \u05D0");
    }

    @Test
    void aVowelMarkIsDrawnJustBeforeItsLetterWhereTheFontPutsItOverTheLetter() {
        // بَا: beh with fatha, then alef.
        assertThat(PdfBidi.visual("\u0628\u064E\u0627")).isEqualTo("\u0627\u064E\u0628");
    }

    @Test
    void vowelMarksStayZeroWidthMarksWhenLettersAreJoined() {
        // وقدّم: the shadda on dal.
        assertThat(PdfBidi.shaped("\u0648\u0642\u062F\u0651\u0645")).isEqualTo("\uFEED\uFED7\uFEAA\u0651\uFEE1");
    }

    @Test
    void aLineThatStartsWithALatinWordKeepsItsParagraphsDirection() {
        String paragraph = "\u05E9\u05DC\u05D5\u05DD A/B \u05D0";
        List<String> lines = PdfBidi.keepDirection(paragraph, List.of("\u05E9\u05DC\u05D5\u05DD", "A/B \u05D0"));

        assertThat(lines.get(0)).isEqualTo("\u05E9\u05DC\u05D5\u05DD");
        assertThat(PdfBidi.visual(lines.get(1))).isEqualTo("\u05D0 A/B");
        assertThat(PdfBidi.visual("A/B \u05D0"))
                .as("alone, the line would read left to right")
                .isEqualTo("A/B \u05D0");
    }

    @Test
    void textWithoutRightToLeftLettersIsUntouched() {
        String line = "Ship it (twice) \u2014 \u9AD8\u7EA7 \u0414\u043E\u0440\u043E\u0433\u0430";

        assertThat(PdfBidi.shaped(line)).isSameAs(line);
        assertThat(PdfBidi.visual(line)).isSameAs(line);
        assertThat(PdfBidi.keepDirection(line, List.of(line))).containsExactly(line);
    }
}
