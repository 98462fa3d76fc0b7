package io.ascent.domain;

import static io.ascent.domain.InsightFixtures.SMALL;
import static io.ascent.domain.InsightFixtures.growthPlan;
import static io.ascent.domain.InsightFixtures.progress;
import static io.ascent.domain.InsightFixtures.ratings;
import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.text.StepWords;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NextStepTest {

    @ParameterizedTest(name = "ratings [{0}], done [{1}], in progress [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            core1=c;core2=b | grow.b.1 | grow.c.1  | grow.c.1, core2.b.1, core2.c.1, core1.b.1, core1.b.2, core1.c.1
                            |          | core1.b.2 | core1.b.2, core1.b.1, core2.b.1, grow.b.1, core1.c.1, core2.c.1, grow.c.1
                            | core1.b.1;core1.b.2;core1.c.1;core2.b.1;core2.c.1;grow.b.1;grow.c.1 | | ''
            """)
    void nextStepsCloseTheBiggestGapsSoonest(String rated, String done, String inProgress, String expected) {
        Plan plan = growthPlan("a", "c");

        List<NextStep> steps = NextStep.rank(
                new Assessment(SMALL, plan, ratings(rated)), Requirements.of(SMALL, plan), progress(done, inProgress));

        assertThat(steps.stream().map(s -> s.milestone().id()).collect(Collectors.joining(", ")))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            grow.c.1  | Growth only is two levels below Level C
            core2.b.1 | Core two is one level below Level C
            core1.b.1 | Core one is at Level C; this milestone shows it
            """)
    void eachStepSaysWhyInWords(String milestoneId, String reason) {
        List<NextStep> steps = NextStep.rank(
                new Assessment(SMALL, growthPlan("a", "c"), ratings("core1=c;core2=b")),
                Requirements.of(SMALL, growthPlan("a", "c")),
                progress("", ""));

        assertThat(steps)
                .filteredOn(s -> s.milestone().id().equals(milestoneId))
                .singleElement()
                .extracting(s -> StepWords.reason(s, "Level C"))
                .isEqualTo(reason);
    }
}
