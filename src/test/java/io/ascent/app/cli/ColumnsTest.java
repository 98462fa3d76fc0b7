package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Terminal columns by drawn width: every row's next column starts at the same place on screen. */
class ColumnsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            Road,                         4
            晋升之路,                       8
            Cafe\u0301,                   4
            '\uD83D\uDE80 Launch',        9
            '\uD83D\uDC69\u200D\uD83D\uDCBB',  4
            \u05E9\u05DC\u05D5\u05DD,     4
            \u0645\u064E\u0631\u0652\u062D\u064E\u0628\u064B\u0627,  5
            """)
    void widthCountsColumnsOnScreenNotChars(String text, int width) {
        assertThat(Columns.width(text)).isEqualTo(width);
    }

    @Test
    void columnsAreAsWideAsTheirWidestCellAndNothingIsCut() {
        String longName = "A plan name much longer than the thirty-two columns a fixed table gave it";

        List<String> lines = Columns.table(
                "", List.of(List.of("NAME", "LEVEL"), List.of(longName, "PM"), List.of("晋升之路", "Senior PM")));

        assertThat(lines.get(1)).startsWith(longName);
        int level = lines.get(0).indexOf("LEVEL");
        assertThat(lines.get(1).indexOf("PM")).isEqualTo(level);
        assertThat(Columns.width(lines.get(2).substring(0, lines.get(2).indexOf("Senior"))))
                .isEqualTo(level);
    }

    @Test
    void rightToLeftTextIsIsolatedSoThePaddingStaysAfterIt() {
        List<String> lines = Columns.table("", List.of(List.of("\u05E9\u05DC\u05D5\u05DD", "1% (1 of 54)")));

        assertThat(lines.get(0)).startsWith("\u2068\u05E9\u05DC\u05D5\u05DD\u2069  1%");
    }
}
