package io.ascent.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PdfTextWrapTest {

    @ParameterizedTest(name = "{0} breaks as {1}")
    @CsvSource(delimiter = ';', textBlock = """
            onboarding-experiment        ; onboarding-experiment
            Manager（未评级）              ; Manager|（未|评|级）
            里程碑清单。                    ; 里|程|碑|清|单。
            """)
    void chineseBreaksBetweenCharactersButNeverBeforeAClosingMark(String word, String expected) {
        assertThat(PdfTextWrap.pieces(word)).containsExactlyElementsOf(Arrays.asList(expected.split("\\|")));
    }
}
