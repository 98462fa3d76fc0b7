package io.ascent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureTest {

    @ParameterizedTest(name = "median of {0} is {1}")
    @CsvSource(delimiter = ';', textBlock = """
            5;                5
            3, 1, 2;          2
            4, 1, 3, 2;       2.5
            10, 10, 1000;     10
            """)
    void medianIsTheMiddleValue(String values, double median) {
        double[] numbers = Arrays.stream(values.split(","))
                .map(String::strip)
                .mapToDouble(Double::parseDouble)
                .toArray();

        assertThat(Samples.of(numbers).median()).isEqualTo(median);
    }

    @ParameterizedTest(name = "{0} ms against {1} ms, goal ratio <= 1.3: {2}")
    @CsvSource(textBlock = """
            1300, 1000, PASS
            1301, 1000, MISS
            900,  1000, PASS
            """)
    void ratioGoalComparesWithTheBaseline(double value, double baseline, Figure.Verdict verdict) {
        Figure figure = Figure.against("startup", value, baseline, "ms", Goal.ratioAtMost(1.3));

        assertThat(figure.verdict()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0} ms against {1} ms, goal <= 1 ms and ratio <= 3: {2}")
    @CsvSource(textBlock = """
            0.30, 0.10, PASS
            0.31, 0.10, MISS
            1.20, 0.50, MISS
            """)
    void bothGoalsMustBeMet(double value, double baseline, Figure.Verdict verdict) {
        Figure figure =
                Figure.against("tick", value, baseline, "ms", Goal.atMost(1).andRatioAtMost(3));

        assertThat(figure.verdict()).isEqualTo(verdict);
    }

    @Test
    void ratioGoalWithoutBaselineIsAMiss() {
        assertThat(Figure.of("startup", 10, "ms", Goal.ratioAtMost(1.3)).verdict())
                .isEqualTo(Figure.Verdict.MISS);
    }

    @Test
    void lineShowsNameValueRatioGoalAndVerdict() {
        String line = Figure.against("startup.headless", 1234, 1000, "ms", Goal.ratioAtMost(1.3))
                .format();

        assertThat(line).matches("startup\\.headless +1234 ms \\(1\\.23x of 1000 ms\\) +goal ratio <= 1\\.3 +PASS");
    }

    @Test
    void lineOfAnAbsoluteGoalSaysThereIsNoBaseline() {
        String line = Figure.of("scale.open", 312.4, "ms", Goal.atMost(300)).format();

        assertThat(line).matches("scale\\.open +312 ms \\(no baseline\\) +goal <= 300 ms +MISS");
    }

    @Test
    void figureWhoseCodeIsNotBuiltIsNeitherPassNorMiss() {
        Figure figure = Figure.notBuilt("pdf.300-milestones", "ms", Goal.atMost(300));

        assertThat(figure.verdict()).isEqualTo(Figure.Verdict.NOT_BUILT);
        assertThat(figure.format()).matches("pdf\\.300-milestones +n/a \\(not built yet\\) +goal <= 300 ms +-");
    }

    @Test
    void diagnosticFigureHasNoGoalAndNeverMisses() {
        Figure figure = Figure.against("startup.cpu", 5000, 1000, "ms", Goal.none());

        assertThat(figure.verdict()).isEqualTo(Figure.Verdict.INFO);
        assertThat(figure.format()).matches("startup\\.cpu +5000 ms \\(5\\.00x of 1000 ms\\) +INFO");
    }

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource(textBlock = """
            1234.4,  1234
            300,     300
            45.67,   45.7
            2.5,     2.50
            0.475,   0.475
            0.0475,  0.0475
            """)
    void numbersKeepThreeSignificantDigits(double value, String text) {
        assertThat(Figure.number(value)).isEqualTo(text);
    }
}
